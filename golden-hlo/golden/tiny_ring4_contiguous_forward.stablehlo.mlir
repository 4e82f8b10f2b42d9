module @tiny_ring4_contiguous_forward attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x8xi32>, %arg1: tensor<256x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<2x64x64xf32>, %arg4: tensor<2x32x64xf32>, %arg5: tensor<2x32x64xf32>, %arg6: tensor<2x64x64xf32>, %arg7: tensor<2x64xf32>, %arg8: tensor<2x172x64xf32>, %arg9: tensor<2x172x64xf32>, %arg10: tensor<2x64x172xf32>, %arg11: tensor<64xf32>, %arg12: tensor<256x64xf32>) -> (tensor<1x8x256xf32>) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<256x64xf32>, tensor<1x8xi32>) -> tensor<1x8x64xf32>
    %1 = "stablehlo.partition_id"() : () -> tensor<ui32>
    %2 = "stablehlo.convert"(%1) : (tensor<ui32>) -> tensor<i32>
    %3 = "stablehlo.constant"() {value = dense<4> : tensor<i32>} : () -> tensor<i32>
    %4 = "stablehlo.remainder"(%2, %3) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %5 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<8xi32>
    %6 = "stablehlo.broadcast_in_dim"(%4) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
    %7 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
    %9 = "stablehlo.multiply"(%6, %8) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %10 = "stablehlo.add"(%9, %5) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %11 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %12 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %398:14 = "stablehlo.while"(%12, %11, %0, %10, %4, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
    ^bb0(%13: tensor<i32>, %14: tensor<i32>, %15: tensor<1x8x64xf32>, %16: tensor<8xi32>, %17: tensor<i32>, %18: tensor<2x64xf32>, %19: tensor<2x64x64xf32>, %20: tensor<2x32x64xf32>, %21: tensor<2x32x64xf32>, %22: tensor<2x64x64xf32>, %23: tensor<2x64xf32>, %24: tensor<2x172x64xf32>, %25: tensor<2x172x64xf32>, %26: tensor<2x64x172xf32>):
      %27 = "stablehlo.compare"(%13, %14) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%27) : (tensor<i1>) -> ()
    }, {
    ^bb0(%28: tensor<i32>, %29: tensor<i32>, %30: tensor<1x8x64xf32>, %31: tensor<8xi32>, %32: tensor<i32>, %33: tensor<2x64xf32>, %34: tensor<2x64x64xf32>, %35: tensor<2x32x64xf32>, %36: tensor<2x32x64xf32>, %37: tensor<2x64x64xf32>, %38: tensor<2x64xf32>, %39: tensor<2x172x64xf32>, %40: tensor<2x172x64xf32>, %41: tensor<2x64x172xf32>):
      %42 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %43 = "stablehlo.dynamic_slice"(%33, %28, %42) {slice_sizes = array<i64: 1, 64>} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %44 = "stablehlo.reshape"(%43) : (tensor<1x64xf32>) -> tensor<64xf32>
      %45 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %46 = "stablehlo.dynamic_slice"(%34, %28, %45, %45) {slice_sizes = array<i64: 1, 64, 64>} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %47 = "stablehlo.reshape"(%46) : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %48 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %49 = "stablehlo.dynamic_slice"(%35, %28, %48, %48) {slice_sizes = array<i64: 1, 32, 64>} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %50 = "stablehlo.reshape"(%49) : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %51 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %52 = "stablehlo.dynamic_slice"(%36, %28, %51, %51) {slice_sizes = array<i64: 1, 32, 64>} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %53 = "stablehlo.reshape"(%52) : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %54 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %55 = "stablehlo.dynamic_slice"(%37, %28, %54, %54) {slice_sizes = array<i64: 1, 64, 64>} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %56 = "stablehlo.reshape"(%55) : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %57 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %58 = "stablehlo.dynamic_slice"(%38, %28, %57) {slice_sizes = array<i64: 1, 64>} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %59 = "stablehlo.reshape"(%58) : (tensor<1x64xf32>) -> tensor<64xf32>
      %60 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %61 = "stablehlo.dynamic_slice"(%39, %28, %60, %60) {slice_sizes = array<i64: 1, 172, 64>} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %62 = "stablehlo.reshape"(%61) : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %63 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %64 = "stablehlo.dynamic_slice"(%40, %28, %63, %63) {slice_sizes = array<i64: 1, 172, 64>} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %65 = "stablehlo.reshape"(%64) : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %66 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %67 = "stablehlo.dynamic_slice"(%41, %28, %66, %66) {slice_sizes = array<i64: 1, 64, 172>} : (tensor<2x64x172xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x172xf32>
      %68 = "stablehlo.reshape"(%67) : (tensor<1x64x172xf32>) -> tensor<64x172xf32>
      %69 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %70 = "stablehlo.broadcast_in_dim"(%69) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x64xf32>
      %71 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %72 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %111:5 = "stablehlo.while"(%72, %71, %30, %44, %70) ({
      ^bb0(%73: tensor<i32>, %74: tensor<i32>, %75: tensor<1x8x64xf32>, %76: tensor<64xf32>, %77: tensor<1x8x64xf32>):
        %78 = "stablehlo.compare"(%73, %74) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%78) : (tensor<i1>) -> ()
      }, {
      ^bb0(%79: tensor<i32>, %80: tensor<i32>, %81: tensor<1x8x64xf32>, %82: tensor<64xf32>, %83: tensor<1x8x64xf32>):
        %84 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %85 = "stablehlo.multiply"(%79, %84) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %86 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %87 = "stablehlo.dynamic_slice"(%81, %86, %85, %86) {slice_sizes = array<i64: 1, 8, 64>} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %88 = "stablehlo.multiply"(%87, %87) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %89 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %90 = "stablehlo.reduce"(%88, %89) ({
        ^bb0(%91: tensor<f32>, %92: tensor<f32>):
          %93 = "stablehlo.add"(%91, %92) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%93) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %94 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
        %95 = "stablehlo.broadcast_in_dim"(%94) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8xf32>
        %96 = "stablehlo.divide"(%90, %95) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %97 = "stablehlo.reshape"(%96) : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %98 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
        %99 = "stablehlo.broadcast_in_dim"(%98) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x1xf32>
        %100 = "stablehlo.add"(%97, %99) : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %101 = "stablehlo.rsqrt"(%100) : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %102 = "stablehlo.reshape"(%101) : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %103 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %104 = "stablehlo.multiply"(%87, %103) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %105 = "stablehlo.broadcast_in_dim"(%82) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %106 = "stablehlo.multiply"(%104, %105) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %107 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %108 = "stablehlo.dynamic_update_slice"(%83, %106, %107, %85, %107) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %109 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %110 = "stablehlo.add"(%79, %109) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%110, %80, %81, %82, %108) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %112 = "stablehlo.dot_general"(%111#4, %47) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %113 = "stablehlo.reshape"(%112) : (tensor<1x8x64xf32>) -> tensor<1x8x4x16xf32>
      %114 = "stablehlo.dot_general"(%111#4, %50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %115 = "stablehlo.reshape"(%114) : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %116 = "stablehlo.dot_general"(%111#4, %53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %117 = "stablehlo.reshape"(%116) : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %118 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>} : () -> tensor<8xf32>
      %119 = "stablehlo.convert"(%31) : (tensor<8xi32>) -> tensor<8xf32>
      %120 = "stablehlo.broadcast_in_dim"(%119) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x8xf32>
      %121 = "stablehlo.broadcast_in_dim"(%118) {broadcast_dimensions = array<i64: 1>} : (tensor<8xf32>) -> tensor<8x8xf32>
      %122 = "stablehlo.multiply"(%120, %121) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %123 = "stablehlo.concatenate"(%122, %122) {dimension = 1 : i64} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %124 = "stablehlo.cosine"(%123) : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %126 = "stablehlo.sine"(%123) : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %127 = "stablehlo.broadcast_in_dim"(%126) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %128 = "stablehlo.slice"(%113) {limit_indices = array<i64: 1, 8, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %129 = "stablehlo.slice"(%113) {limit_indices = array<i64: 1, 8, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %130 = "stablehlo.negate"(%129) : (tensor<1x8x4x8xf32>) -> tensor<1x8x4x8xf32>
      %131 = "stablehlo.concatenate"(%130, %128) {dimension = 3 : i64} : (tensor<1x8x4x8xf32>, tensor<1x8x4x8xf32>) -> tensor<1x8x4x16xf32>
      %132 = "stablehlo.multiply"(%113, %125) : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %133 = "stablehlo.multiply"(%131, %127) : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %134 = "stablehlo.add"(%132, %133) : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %135 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>} : () -> tensor<8xf32>
      %136 = "stablehlo.convert"(%31) : (tensor<8xi32>) -> tensor<8xf32>
      %137 = "stablehlo.broadcast_in_dim"(%136) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x8xf32>
      %138 = "stablehlo.broadcast_in_dim"(%135) {broadcast_dimensions = array<i64: 1>} : (tensor<8xf32>) -> tensor<8x8xf32>
      %139 = "stablehlo.multiply"(%137, %138) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %140 = "stablehlo.concatenate"(%139, %139) {dimension = 1 : i64} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %141 = "stablehlo.cosine"(%140) : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %143 = "stablehlo.sine"(%140) : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %144 = "stablehlo.broadcast_in_dim"(%143) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %145 = "stablehlo.slice"(%115) {limit_indices = array<i64: 1, 8, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %146 = "stablehlo.slice"(%115) {limit_indices = array<i64: 1, 8, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %147 = "stablehlo.negate"(%146) : (tensor<1x8x2x8xf32>) -> tensor<1x8x2x8xf32>
      %148 = "stablehlo.concatenate"(%147, %145) {dimension = 3 : i64} : (tensor<1x8x2x8xf32>, tensor<1x8x2x8xf32>) -> tensor<1x8x2x16xf32>
      %149 = "stablehlo.multiply"(%115, %142) : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %150 = "stablehlo.multiply"(%148, %144) : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %151 = "stablehlo.add"(%149, %150) : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %152 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>} : () -> tensor<f32>
      %153 = "stablehlo.broadcast_in_dim"(%152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x4x16xf32>
      %154 = "stablehlo.multiply"(%134, %153) : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %155 = "stablehlo.reshape"(%154) : (tensor<1x8x4x16xf32>) -> tensor<1x8x2x2x16xf32>
      %156 = "stablehlo.transpose"(%155) {permutation = array<i64: 0, 2, 3, 1, 4>} : (tensor<1x8x2x2x16xf32>) -> tensor<1x2x2x8x16xf32>
      %157 = "stablehlo.transpose"(%151) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %158 = "stablehlo.transpose"(%117) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %159 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
      %160 = "stablehlo.broadcast_in_dim"(%159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %161 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %163 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %164 = "stablehlo.broadcast_in_dim"(%163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x8x16xf32>
      %165 = "stablehlo.constant"() {value = dense<4> : tensor<i32>} : () -> tensor<i32>
      %166 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %333:10 = "stablehlo.while"(%166, %165, %156, %157, %158, %31, %32, %160, %162, %164) ({
      ^bb0(%167: tensor<i32>, %168: tensor<i32>, %169: tensor<1x2x2x8x16xf32>, %170: tensor<1x2x8x16xf32>, %171: tensor<1x2x8x16xf32>, %172: tensor<8xi32>, %173: tensor<i32>, %174: tensor<1x2x2x8xf32>, %175: tensor<1x2x2x8xf32>, %176: tensor<1x2x2x8x16xf32>):
        %177 = "stablehlo.compare"(%167, %168) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%177) : (tensor<i1>) -> ()
      }, {
      ^bb0(%178: tensor<i32>, %179: tensor<i32>, %180: tensor<1x2x2x8x16xf32>, %181: tensor<1x2x8x16xf32>, %182: tensor<1x2x8x16xf32>, %183: tensor<8xi32>, %184: tensor<i32>, %185: tensor<1x2x2x8xf32>, %186: tensor<1x2x2x8xf32>, %187: tensor<1x2x2x8x16xf32>):
        %188 = "stablehlo.constant"() {value = dense<4> : tensor<i32>} : () -> tensor<i32>
        %189 = "stablehlo.subtract"(%184, %178) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %190 = "stablehlo.add"(%189, %188) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %191 = "stablehlo.remainder"(%190, %188) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %192 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<8xi32>
        %193 = "stablehlo.broadcast_in_dim"(%191) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
        %194 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %195 = "stablehlo.broadcast_in_dim"(%194) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
        %196 = "stablehlo.multiply"(%193, %195) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %197 = "stablehlo.add"(%196, %192) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %198 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %199 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %328:10 = "stablehlo.while"(%199, %198, %180, %181, %182, %183, %197, %185, %186, %187) ({
        ^bb0(%200: tensor<i32>, %201: tensor<i32>, %202: tensor<1x2x2x8x16xf32>, %203: tensor<1x2x8x16xf32>, %204: tensor<1x2x8x16xf32>, %205: tensor<8xi32>, %206: tensor<8xi32>, %207: tensor<1x2x2x8xf32>, %208: tensor<1x2x2x8xf32>, %209: tensor<1x2x2x8x16xf32>):
          %210 = "stablehlo.compare"(%200, %201) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%210) : (tensor<i1>) -> ()
        }, {
        ^bb0(%211: tensor<i32>, %212: tensor<i32>, %213: tensor<1x2x2x8x16xf32>, %214: tensor<1x2x8x16xf32>, %215: tensor<1x2x8x16xf32>, %216: tensor<8xi32>, %217: tensor<8xi32>, %218: tensor<1x2x2x8xf32>, %219: tensor<1x2x2x8xf32>, %220: tensor<1x2x2x8x16xf32>):
          %221 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
          %222 = "stablehlo.multiply"(%211, %221) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %223 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %224 = "stablehlo.dynamic_slice"(%213, %223, %223, %223, %222, %223) {slice_sizes = array<i64: 1, 2, 2, 8, 16>} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %225 = "stablehlo.reshape"(%224) : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %226 = "stablehlo.dynamic_slice"(%216, %222) {slice_sizes = array<i64: 8>} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %227 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %228 = "stablehlo.dynamic_slice"(%218, %227, %227, %227, %222) {slice_sizes = array<i64: 1, 2, 2, 8>} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %229 = "stablehlo.reshape"(%228) : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %230 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %231 = "stablehlo.dynamic_slice"(%219, %230, %230, %230, %222) {slice_sizes = array<i64: 1, 2, 2, 8>} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %232 = "stablehlo.reshape"(%231) : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %233 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %234 = "stablehlo.dynamic_slice"(%220, %233, %233, %233, %222, %233) {slice_sizes = array<i64: 1, 2, 2, 8, 16>} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %235 = "stablehlo.reshape"(%234) : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %236 = "stablehlo.slice"(%226) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>} : (tensor<8xi32>) -> tensor<1xi32>
          %237 = "stablehlo.reshape"(%236) : (tensor<1xi32>) -> tensor<i32>
          %238 = "stablehlo.slice"(%217) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>} : (tensor<8xi32>) -> tensor<1xi32>
          %239 = "stablehlo.broadcast_in_dim"(%237) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
          %240 = "stablehlo.compare"(%238, %239) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %241 = "stablehlo.convert"(%240) : (tensor<1xi1>) -> tensor<1xi32>
          %242 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %243 = "stablehlo.reduce"(%241, %242) ({
          ^bb0(%244: tensor<i32>, %245: tensor<i32>):
            %246 = "stablehlo.add"(%244, %245) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%246) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %247 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %316:10 = "stablehlo.while"(%247, %243, %225, %226, %214, %215, %217, %229, %232, %235) ({
          ^bb0(%248: tensor<i32>, %249: tensor<i32>, %250: tensor<1x2x16x16xf32>, %251: tensor<8xi32>, %252: tensor<1x2x8x16xf32>, %253: tensor<1x2x8x16xf32>, %254: tensor<8xi32>, %255: tensor<1x2x16xf32>, %256: tensor<1x2x16xf32>, %257: tensor<1x2x16x16xf32>):
            %258 = "stablehlo.compare"(%248, %249) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%258) : (tensor<i1>) -> ()
          }, {
          ^bb0(%259: tensor<i32>, %260: tensor<i32>, %261: tensor<1x2x16x16xf32>, %262: tensor<8xi32>, %263: tensor<1x2x8x16xf32>, %264: tensor<1x2x8x16xf32>, %265: tensor<8xi32>, %266: tensor<1x2x16xf32>, %267: tensor<1x2x16xf32>, %268: tensor<1x2x16x16xf32>):
            %269 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
            %270 = "stablehlo.multiply"(%259, %269) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %271 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %272 = "stablehlo.dynamic_slice"(%263, %271, %271, %270, %271) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %273 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %274 = "stablehlo.dynamic_slice"(%264, %273, %273, %270, %273) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %275 = "stablehlo.dynamic_slice"(%265, %270) {slice_sizes = array<i64: 8>} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
            %276 = "stablehlo.dot_general"(%261, %272) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %277 = "stablehlo.broadcast_in_dim"(%262) {broadcast_dimensions = array<i64: 1>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %278 = "stablehlo.reshape"(%277) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %279 = "stablehlo.broadcast_in_dim"(%275) {broadcast_dimensions = array<i64: 2>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %280 = "stablehlo.reshape"(%279) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %281 = "stablehlo.compare"(%280, %278) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %282 = "stablehlo.broadcast_in_dim"(%281) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %283 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %284 = "stablehlo.broadcast_in_dim"(%283) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %285 = "stablehlo.select"(%282, %276, %284) : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %286 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %287 = "stablehlo.reduce"(%285, %286) ({
            ^bb0(%288: tensor<f32>, %289: tensor<f32>):
              %290 = "stablehlo.maximum"(%288, %289) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%290) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %291 = "stablehlo.maximum"(%266, %287) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %292 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %293 = "stablehlo.broadcast_in_dim"(%292) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
            %294 = "stablehlo.compare"(%291, %293) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %295 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %296 = "stablehlo.broadcast_in_dim"(%295) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
            %297 = "stablehlo.select"(%294, %296, %291) : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %298 = "stablehlo.broadcast_in_dim"(%297) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %299 = "stablehlo.subtract"(%285, %298) : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %300 = "stablehlo.exponential"(%299) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %301 = "stablehlo.subtract"(%266, %297) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %302 = "stablehlo.exponential"(%301) : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %303 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %304 = "stablehlo.reduce"(%300, %303) ({
            ^bb0(%305: tensor<f32>, %306: tensor<f32>):
              %307 = "stablehlo.add"(%305, %306) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%307) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %308 = "stablehlo.multiply"(%267, %302) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %309 = "stablehlo.add"(%308, %304) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %310 = "stablehlo.dot_general"(%300, %274) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %311 = "stablehlo.broadcast_in_dim"(%302) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %312 = "stablehlo.multiply"(%268, %311) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %313 = "stablehlo.add"(%312, %310) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %314 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %315 = "stablehlo.add"(%259, %314) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%315, %260, %261, %262, %263, %264, %265, %291, %309, %313) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %317 = "stablehlo.reshape"(%316#7) : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %318 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %319 = "stablehlo.dynamic_update_slice"(%218, %317, %318, %318, %318, %222) : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %320 = "stablehlo.reshape"(%316#8) : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %321 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %322 = "stablehlo.dynamic_update_slice"(%219, %320, %321, %321, %321, %222) : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %323 = "stablehlo.reshape"(%316#9) : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %324 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %325 = "stablehlo.dynamic_update_slice"(%220, %323, %324, %324, %324, %222, %324) : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %326 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %327 = "stablehlo.add"(%211, %326) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%327, %212, %213, %214, %215, %216, %217, %319, %322, %325) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
        %329 = "stablehlo.collective_permute"(%181) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %330 = "stablehlo.collective_permute"(%182) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %331 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %332 = "stablehlo.add"(%178, %331) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%332, %179, %328#2, %329, %330, %328#5, %184, %328#7, %328#8, %328#9) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
      %334 = "stablehlo.broadcast_in_dim"(%333#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x8x16xf32>
      %335 = "stablehlo.divide"(%333#9, %334) : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>) -> tensor<1x2x2x8x16xf32>
      %336 = "stablehlo.transpose"(%335) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x8x16xf32>) -> tensor<1x8x2x2x16xf32>
      %337 = "stablehlo.reshape"(%336) : (tensor<1x8x2x2x16xf32>) -> tensor<1x8x64xf32>
      %338 = "stablehlo.dot_general"(%337, %56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %339 = "stablehlo.add"(%30, %338) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %340 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %341 = "stablehlo.broadcast_in_dim"(%340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x64xf32>
      %342 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %343 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %395:8 = "stablehlo.while"(%343, %342, %339, %62, %65, %68, %59, %341) ({
      ^bb0(%344: tensor<i32>, %345: tensor<i32>, %346: tensor<1x8x64xf32>, %347: tensor<172x64xf32>, %348: tensor<172x64xf32>, %349: tensor<64x172xf32>, %350: tensor<64xf32>, %351: tensor<1x8x64xf32>):
        %352 = "stablehlo.compare"(%344, %345) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%352) : (tensor<i1>) -> ()
      }, {
      ^bb0(%353: tensor<i32>, %354: tensor<i32>, %355: tensor<1x8x64xf32>, %356: tensor<172x64xf32>, %357: tensor<172x64xf32>, %358: tensor<64x172xf32>, %359: tensor<64xf32>, %360: tensor<1x8x64xf32>):
        %361 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %362 = "stablehlo.multiply"(%353, %361) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %363 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %364 = "stablehlo.dynamic_slice"(%355, %363, %362, %363) {slice_sizes = array<i64: 1, 8, 64>} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %365 = "stablehlo.multiply"(%364, %364) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %366 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %367 = "stablehlo.reduce"(%365, %366) ({
        ^bb0(%368: tensor<f32>, %369: tensor<f32>):
          %370 = "stablehlo.add"(%368, %369) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%370) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %371 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
        %372 = "stablehlo.broadcast_in_dim"(%371) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8xf32>
        %373 = "stablehlo.divide"(%367, %372) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %374 = "stablehlo.reshape"(%373) : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %375 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
        %376 = "stablehlo.broadcast_in_dim"(%375) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x1xf32>
        %377 = "stablehlo.add"(%374, %376) : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %378 = "stablehlo.rsqrt"(%377) : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %379 = "stablehlo.reshape"(%378) : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %380 = "stablehlo.broadcast_in_dim"(%379) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %381 = "stablehlo.multiply"(%364, %380) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %382 = "stablehlo.broadcast_in_dim"(%359) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %383 = "stablehlo.multiply"(%381, %382) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %384 = "stablehlo.dot_general"(%383, %357) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %385 = "stablehlo.logistic"(%384) : (tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %386 = "stablehlo.multiply"(%384, %385) : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %387 = "stablehlo.dot_general"(%383, %356) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %388 = "stablehlo.multiply"(%386, %387) : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %389 = "stablehlo.dot_general"(%388, %358) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x172xf32>, tensor<64x172xf32>) -> tensor<1x8x64xf32>
        %390 = "stablehlo.add"(%364, %389) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %391 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %392 = "stablehlo.dynamic_update_slice"(%360, %390, %391, %362, %391) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %393 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %394 = "stablehlo.add"(%353, %393) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%394, %354, %355, %356, %357, %358, %359, %392) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %396 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %397 = "stablehlo.add"(%28, %396) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%397, %29, %395#7, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %399 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %400 = "stablehlo.broadcast_in_dim"(%399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x256xf32>
    %401 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %402 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %444:6 = "stablehlo.while"(%402, %401, %398#2, %arg11, %arg12, %400) ({
    ^bb0(%403: tensor<i32>, %404: tensor<i32>, %405: tensor<1x8x64xf32>, %406: tensor<64xf32>, %407: tensor<256x64xf32>, %408: tensor<1x8x256xf32>):
      %409 = "stablehlo.compare"(%403, %404) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%409) : (tensor<i1>) -> ()
    }, {
    ^bb0(%410: tensor<i32>, %411: tensor<i32>, %412: tensor<1x8x64xf32>, %413: tensor<64xf32>, %414: tensor<256x64xf32>, %415: tensor<1x8x256xf32>):
      %416 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %417 = "stablehlo.multiply"(%410, %416) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %418 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %419 = "stablehlo.dynamic_slice"(%412, %418, %417, %418) {slice_sizes = array<i64: 1, 8, 64>} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
      %420 = "stablehlo.multiply"(%419, %419) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %421 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %422 = "stablehlo.reduce"(%420, %421) ({
      ^bb0(%423: tensor<f32>, %424: tensor<f32>):
        %425 = "stablehlo.add"(%423, %424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%425) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
      %426 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
      %427 = "stablehlo.broadcast_in_dim"(%426) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8xf32>
      %428 = "stablehlo.divide"(%422, %427) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %429 = "stablehlo.reshape"(%428) : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
      %430 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
      %431 = "stablehlo.broadcast_in_dim"(%430) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x1xf32>
      %432 = "stablehlo.add"(%429, %431) : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %433 = "stablehlo.rsqrt"(%432) : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %434 = "stablehlo.reshape"(%433) : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
      %435 = "stablehlo.broadcast_in_dim"(%434) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
      %436 = "stablehlo.multiply"(%419, %435) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %437 = "stablehlo.broadcast_in_dim"(%413) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x8x64xf32>
      %438 = "stablehlo.multiply"(%436, %437) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %439 = "stablehlo.dot_general"(%438, %414) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<256x64xf32>) -> tensor<1x8x256xf32>
      %440 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %441 = "stablehlo.dynamic_update_slice"(%415, %439, %440, %417, %440) : (tensor<1x8x256xf32>, tensor<1x8x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x256xf32>
      %442 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %443 = "stablehlo.add"(%410, %442) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%443, %411, %412, %413, %414, %441) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x8x256xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x8x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x8x256xf32>)
    %445 = "stablehlo.reshape"(%444#5) : (tensor<1x8x256xf32>) -> tensor<1x8x256xf32>
    return %445 : tensor<1x8x256xf32>
  }
}
