module @tiny_ring4_contiguous_forward attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x8xi32>, %arg1: tensor<256x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<2x64x64xf32>, %arg4: tensor<2x32x64xf32>, %arg5: tensor<2x32x64xf32>, %arg6: tensor<2x64x64xf32>, %arg7: tensor<2x64xf32>, %arg8: tensor<2x172x64xf32>, %arg9: tensor<2x172x64xf32>, %arg10: tensor<2x64x172xf32>, %arg11: tensor<64xf32>, %arg12: tensor<256x64xf32>) -> (tensor<1x8x256xf32>) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<256x64xf32>, tensor<1x8xi32>) -> tensor<1x8x64xf32>
    %1 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<8xi32>
    %2 = "stablehlo.partition_id"() : () -> tensor<ui32>
    %3 = "stablehlo.convert"(%2) : (tensor<ui32>) -> tensor<i32>
    %4 = "stablehlo.constant"() {value = dense<4> : tensor<i32>} : () -> tensor<i32>
    %5 = "stablehlo.remainder"(%3, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
    %7 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
    %9 = "stablehlo.multiply"(%6, %8) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %10 = "stablehlo.add"(%9, %1) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %11 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %12 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %387:13 = "stablehlo.while"(%12, %11, %0, %10, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
    ^bb0(%13: tensor<i32>, %14: tensor<i32>, %15: tensor<1x8x64xf32>, %16: tensor<8xi32>, %17: tensor<2x64xf32>, %18: tensor<2x64x64xf32>, %19: tensor<2x32x64xf32>, %20: tensor<2x32x64xf32>, %21: tensor<2x64x64xf32>, %22: tensor<2x64xf32>, %23: tensor<2x172x64xf32>, %24: tensor<2x172x64xf32>, %25: tensor<2x64x172xf32>):
      %26 = "stablehlo.compare"(%13, %14) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%26) : (tensor<i1>) -> ()
    }, {
    ^bb0(%27: tensor<i32>, %28: tensor<i32>, %29: tensor<1x8x64xf32>, %30: tensor<8xi32>, %31: tensor<2x64xf32>, %32: tensor<2x64x64xf32>, %33: tensor<2x32x64xf32>, %34: tensor<2x32x64xf32>, %35: tensor<2x64x64xf32>, %36: tensor<2x64xf32>, %37: tensor<2x172x64xf32>, %38: tensor<2x172x64xf32>, %39: tensor<2x64x172xf32>):
      %40 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %41 = "stablehlo.dynamic_slice"(%31, %27, %40) {slice_sizes = array<i64: 1, 64>} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %42 = "stablehlo.reshape"(%41) : (tensor<1x64xf32>) -> tensor<64xf32>
      %43 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %44 = "stablehlo.dynamic_slice"(%32, %27, %43, %43) {slice_sizes = array<i64: 1, 64, 64>} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %45 = "stablehlo.reshape"(%44) : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %46 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %47 = "stablehlo.dynamic_slice"(%33, %27, %46, %46) {slice_sizes = array<i64: 1, 32, 64>} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %48 = "stablehlo.reshape"(%47) : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %49 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %50 = "stablehlo.dynamic_slice"(%34, %27, %49, %49) {slice_sizes = array<i64: 1, 32, 64>} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %51 = "stablehlo.reshape"(%50) : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %52 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %53 = "stablehlo.dynamic_slice"(%35, %27, %52, %52) {slice_sizes = array<i64: 1, 64, 64>} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %54 = "stablehlo.reshape"(%53) : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %55 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %56 = "stablehlo.dynamic_slice"(%36, %27, %55) {slice_sizes = array<i64: 1, 64>} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %57 = "stablehlo.reshape"(%56) : (tensor<1x64xf32>) -> tensor<64xf32>
      %58 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %59 = "stablehlo.dynamic_slice"(%37, %27, %58, %58) {slice_sizes = array<i64: 1, 172, 64>} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %60 = "stablehlo.reshape"(%59) : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %61 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %62 = "stablehlo.dynamic_slice"(%38, %27, %61, %61) {slice_sizes = array<i64: 1, 172, 64>} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %63 = "stablehlo.reshape"(%62) : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %64 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %65 = "stablehlo.dynamic_slice"(%39, %27, %64, %64) {slice_sizes = array<i64: 1, 64, 172>} : (tensor<2x64x172xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x172xf32>
      %66 = "stablehlo.reshape"(%65) : (tensor<1x64x172xf32>) -> tensor<64x172xf32>
      %67 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %68 = "stablehlo.broadcast_in_dim"(%67) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x64xf32>
      %69 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %70 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %109:5 = "stablehlo.while"(%70, %69, %29, %42, %68) ({
      ^bb0(%71: tensor<i32>, %72: tensor<i32>, %73: tensor<1x8x64xf32>, %74: tensor<64xf32>, %75: tensor<1x8x64xf32>):
        %76 = "stablehlo.compare"(%71, %72) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%76) : (tensor<i1>) -> ()
      }, {
      ^bb0(%77: tensor<i32>, %78: tensor<i32>, %79: tensor<1x8x64xf32>, %80: tensor<64xf32>, %81: tensor<1x8x64xf32>):
        %82 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %83 = "stablehlo.multiply"(%77, %82) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %84 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %85 = "stablehlo.dynamic_slice"(%79, %84, %83, %84) {slice_sizes = array<i64: 1, 8, 64>} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %86 = "stablehlo.multiply"(%85, %85) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %87 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %88 = "stablehlo.reduce"(%86, %87) ({
        ^bb0(%89: tensor<f32>, %90: tensor<f32>):
          %91 = "stablehlo.add"(%89, %90) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%91) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %92 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
        %93 = "stablehlo.broadcast_in_dim"(%92) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8xf32>
        %94 = "stablehlo.divide"(%88, %93) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %95 = "stablehlo.reshape"(%94) : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %96 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
        %97 = "stablehlo.broadcast_in_dim"(%96) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x1xf32>
        %98 = "stablehlo.add"(%95, %97) : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %99 = "stablehlo.rsqrt"(%98) : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %100 = "stablehlo.reshape"(%99) : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %101 = "stablehlo.broadcast_in_dim"(%100) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %102 = "stablehlo.multiply"(%85, %101) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %103 = "stablehlo.broadcast_in_dim"(%80) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %104 = "stablehlo.multiply"(%102, %103) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %105 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %106 = "stablehlo.dynamic_update_slice"(%81, %104, %105, %83, %105) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %107 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %108 = "stablehlo.add"(%77, %107) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%108, %78, %79, %80, %106) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %110 = "stablehlo.dot_general"(%109#4, %45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %111 = "stablehlo.reshape"(%110) : (tensor<1x8x64xf32>) -> tensor<1x8x4x16xf32>
      %112 = "stablehlo.dot_general"(%109#4, %48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %113 = "stablehlo.reshape"(%112) : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %114 = "stablehlo.dot_general"(%109#4, %51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %115 = "stablehlo.reshape"(%114) : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %116 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>} : () -> tensor<8xf32>
      %117 = "stablehlo.convert"(%30) : (tensor<8xi32>) -> tensor<8xf32>
      %118 = "stablehlo.broadcast_in_dim"(%117) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x8xf32>
      %119 = "stablehlo.broadcast_in_dim"(%116) {broadcast_dimensions = array<i64: 1>} : (tensor<8xf32>) -> tensor<8x8xf32>
      %120 = "stablehlo.multiply"(%118, %119) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %121 = "stablehlo.concatenate"(%120, %120) {dimension = 1 : i64} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %122 = "stablehlo.cosine"(%121) : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %123 = "stablehlo.broadcast_in_dim"(%122) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %124 = "stablehlo.sine"(%121) : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %126 = "stablehlo.slice"(%111) {limit_indices = array<i64: 1, 8, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %127 = "stablehlo.slice"(%111) {limit_indices = array<i64: 1, 8, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %128 = "stablehlo.negate"(%127) : (tensor<1x8x4x8xf32>) -> tensor<1x8x4x8xf32>
      %129 = "stablehlo.concatenate"(%128, %126) {dimension = 3 : i64} : (tensor<1x8x4x8xf32>, tensor<1x8x4x8xf32>) -> tensor<1x8x4x16xf32>
      %130 = "stablehlo.multiply"(%111, %123) : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %131 = "stablehlo.multiply"(%129, %125) : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %132 = "stablehlo.add"(%130, %131) : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %133 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>} : () -> tensor<8xf32>
      %134 = "stablehlo.convert"(%30) : (tensor<8xi32>) -> tensor<8xf32>
      %135 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x8xf32>
      %136 = "stablehlo.broadcast_in_dim"(%133) {broadcast_dimensions = array<i64: 1>} : (tensor<8xf32>) -> tensor<8x8xf32>
      %137 = "stablehlo.multiply"(%135, %136) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %138 = "stablehlo.concatenate"(%137, %137) {dimension = 1 : i64} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %139 = "stablehlo.cosine"(%138) : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %140 = "stablehlo.broadcast_in_dim"(%139) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %141 = "stablehlo.sine"(%138) : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %143 = "stablehlo.slice"(%113) {limit_indices = array<i64: 1, 8, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %144 = "stablehlo.slice"(%113) {limit_indices = array<i64: 1, 8, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %145 = "stablehlo.negate"(%144) : (tensor<1x8x2x8xf32>) -> tensor<1x8x2x8xf32>
      %146 = "stablehlo.concatenate"(%145, %143) {dimension = 3 : i64} : (tensor<1x8x2x8xf32>, tensor<1x8x2x8xf32>) -> tensor<1x8x2x16xf32>
      %147 = "stablehlo.multiply"(%113, %140) : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %148 = "stablehlo.multiply"(%146, %142) : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %149 = "stablehlo.add"(%147, %148) : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %150 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>} : () -> tensor<f32>
      %151 = "stablehlo.broadcast_in_dim"(%150) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x4x16xf32>
      %152 = "stablehlo.multiply"(%132, %151) : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %153 = "stablehlo.reshape"(%152) : (tensor<1x8x4x16xf32>) -> tensor<1x8x2x2x16xf32>
      %154 = "stablehlo.transpose"(%153) {permutation = array<i64: 0, 2, 3, 1, 4>} : (tensor<1x8x2x2x16xf32>) -> tensor<1x2x2x8x16xf32>
      %155 = "stablehlo.transpose"(%149) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %156 = "stablehlo.transpose"(%115) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %157 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
      %158 = "stablehlo.broadcast_in_dim"(%157) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %159 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %160 = "stablehlo.broadcast_in_dim"(%159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %161 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x8x16xf32>
      %163 = "stablehlo.constant"() {value = dense<4> : tensor<i32>} : () -> tensor<i32>
      %164 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %322:10 = "stablehlo.while"(%164, %163, %154, %155, %156, %30, %30, %158, %160, %162) ({
      ^bb0(%165: tensor<i32>, %166: tensor<i32>, %167: tensor<1x2x2x8x16xf32>, %168: tensor<1x2x8x16xf32>, %169: tensor<1x2x8x16xf32>, %170: tensor<8xi32>, %171: tensor<8xi32>, %172: tensor<1x2x2x8xf32>, %173: tensor<1x2x2x8xf32>, %174: tensor<1x2x2x8x16xf32>):
        %175 = "stablehlo.compare"(%165, %166) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%175) : (tensor<i1>) -> ()
      }, {
      ^bb0(%176: tensor<i32>, %177: tensor<i32>, %178: tensor<1x2x2x8x16xf32>, %179: tensor<1x2x8x16xf32>, %180: tensor<1x2x8x16xf32>, %181: tensor<8xi32>, %182: tensor<8xi32>, %183: tensor<1x2x2x8xf32>, %184: tensor<1x2x2x8xf32>, %185: tensor<1x2x2x8x16xf32>):
        %186 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %187 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %316:10 = "stablehlo.while"(%187, %186, %178, %179, %180, %181, %182, %183, %184, %185) ({
        ^bb0(%188: tensor<i32>, %189: tensor<i32>, %190: tensor<1x2x2x8x16xf32>, %191: tensor<1x2x8x16xf32>, %192: tensor<1x2x8x16xf32>, %193: tensor<8xi32>, %194: tensor<8xi32>, %195: tensor<1x2x2x8xf32>, %196: tensor<1x2x2x8xf32>, %197: tensor<1x2x2x8x16xf32>):
          %198 = "stablehlo.compare"(%188, %189) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%198) : (tensor<i1>) -> ()
        }, {
        ^bb0(%199: tensor<i32>, %200: tensor<i32>, %201: tensor<1x2x2x8x16xf32>, %202: tensor<1x2x8x16xf32>, %203: tensor<1x2x8x16xf32>, %204: tensor<8xi32>, %205: tensor<8xi32>, %206: tensor<1x2x2x8xf32>, %207: tensor<1x2x2x8xf32>, %208: tensor<1x2x2x8x16xf32>):
          %209 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
          %210 = "stablehlo.multiply"(%199, %209) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %211 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %212 = "stablehlo.dynamic_slice"(%201, %211, %211, %211, %210, %211) {slice_sizes = array<i64: 1, 2, 2, 8, 16>} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %213 = "stablehlo.reshape"(%212) : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %214 = "stablehlo.dynamic_slice"(%204, %210) {slice_sizes = array<i64: 8>} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %215 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %216 = "stablehlo.dynamic_slice"(%206, %215, %215, %215, %210) {slice_sizes = array<i64: 1, 2, 2, 8>} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %217 = "stablehlo.reshape"(%216) : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %218 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %219 = "stablehlo.dynamic_slice"(%207, %218, %218, %218, %210) {slice_sizes = array<i64: 1, 2, 2, 8>} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %220 = "stablehlo.reshape"(%219) : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %221 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %222 = "stablehlo.dynamic_slice"(%208, %221, %221, %221, %210, %221) {slice_sizes = array<i64: 1, 2, 2, 8, 16>} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %223 = "stablehlo.reshape"(%222) : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %224 = "stablehlo.slice"(%214) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>} : (tensor<8xi32>) -> tensor<1xi32>
          %225 = "stablehlo.reshape"(%224) : (tensor<1xi32>) -> tensor<i32>
          %226 = "stablehlo.slice"(%205) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>} : (tensor<8xi32>) -> tensor<1xi32>
          %227 = "stablehlo.broadcast_in_dim"(%225) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
          %228 = "stablehlo.compare"(%226, %227) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %229 = "stablehlo.convert"(%228) : (tensor<1xi1>) -> tensor<1xi32>
          %230 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %231 = "stablehlo.reduce"(%229, %230) ({
          ^bb0(%232: tensor<i32>, %233: tensor<i32>):
            %234 = "stablehlo.add"(%232, %233) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%234) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %235 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %304:10 = "stablehlo.while"(%235, %231, %213, %214, %202, %203, %205, %217, %220, %223) ({
          ^bb0(%236: tensor<i32>, %237: tensor<i32>, %238: tensor<1x2x16x16xf32>, %239: tensor<8xi32>, %240: tensor<1x2x8x16xf32>, %241: tensor<1x2x8x16xf32>, %242: tensor<8xi32>, %243: tensor<1x2x16xf32>, %244: tensor<1x2x16xf32>, %245: tensor<1x2x16x16xf32>):
            %246 = "stablehlo.compare"(%236, %237) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%246) : (tensor<i1>) -> ()
          }, {
          ^bb0(%247: tensor<i32>, %248: tensor<i32>, %249: tensor<1x2x16x16xf32>, %250: tensor<8xi32>, %251: tensor<1x2x8x16xf32>, %252: tensor<1x2x8x16xf32>, %253: tensor<8xi32>, %254: tensor<1x2x16xf32>, %255: tensor<1x2x16xf32>, %256: tensor<1x2x16x16xf32>):
            %257 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
            %258 = "stablehlo.multiply"(%247, %257) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %259 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %260 = "stablehlo.dynamic_slice"(%251, %259, %259, %258, %259) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %261 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %262 = "stablehlo.dynamic_slice"(%252, %261, %261, %258, %261) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %263 = "stablehlo.dynamic_slice"(%253, %258) {slice_sizes = array<i64: 8>} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
            %264 = "stablehlo.dot_general"(%249, %260) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %265 = "stablehlo.broadcast_in_dim"(%250) {broadcast_dimensions = array<i64: 1>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %266 = "stablehlo.reshape"(%265) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %267 = "stablehlo.broadcast_in_dim"(%263) {broadcast_dimensions = array<i64: 2>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %268 = "stablehlo.reshape"(%267) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %269 = "stablehlo.compare"(%268, %266) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %270 = "stablehlo.broadcast_in_dim"(%269) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %271 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %272 = "stablehlo.broadcast_in_dim"(%271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %273 = "stablehlo.select"(%270, %264, %272) : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %274 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %275 = "stablehlo.reduce"(%273, %274) ({
            ^bb0(%276: tensor<f32>, %277: tensor<f32>):
              %278 = "stablehlo.maximum"(%276, %277) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%278) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %279 = "stablehlo.maximum"(%254, %275) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %280 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %281 = "stablehlo.broadcast_in_dim"(%280) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
            %282 = "stablehlo.compare"(%279, %281) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %283 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %284 = "stablehlo.broadcast_in_dim"(%283) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
            %285 = "stablehlo.select"(%282, %284, %279) : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %286 = "stablehlo.broadcast_in_dim"(%285) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %287 = "stablehlo.subtract"(%273, %286) : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %288 = "stablehlo.exponential"(%287) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %289 = "stablehlo.subtract"(%254, %285) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %290 = "stablehlo.exponential"(%289) : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %291 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %292 = "stablehlo.reduce"(%288, %291) ({
            ^bb0(%293: tensor<f32>, %294: tensor<f32>):
              %295 = "stablehlo.add"(%293, %294) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%295) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %296 = "stablehlo.multiply"(%255, %290) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %297 = "stablehlo.add"(%296, %292) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %298 = "stablehlo.dot_general"(%288, %262) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %299 = "stablehlo.broadcast_in_dim"(%290) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %300 = "stablehlo.multiply"(%256, %299) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %301 = "stablehlo.add"(%300, %298) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %302 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %303 = "stablehlo.add"(%247, %302) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%303, %248, %249, %250, %251, %252, %253, %279, %297, %301) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %305 = "stablehlo.reshape"(%304#7) : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %306 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %307 = "stablehlo.dynamic_update_slice"(%206, %305, %306, %306, %306, %210) : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %308 = "stablehlo.reshape"(%304#8) : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %309 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %310 = "stablehlo.dynamic_update_slice"(%207, %308, %309, %309, %309, %210) : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %311 = "stablehlo.reshape"(%304#9) : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %312 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %313 = "stablehlo.dynamic_update_slice"(%208, %311, %312, %312, %312, %210, %312) : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %314 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %315 = "stablehlo.add"(%199, %314) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%315, %200, %201, %202, %203, %204, %205, %307, %310, %313) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
        %317 = "stablehlo.collective_permute"(%179) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %318 = "stablehlo.collective_permute"(%180) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %319 = "stablehlo.collective_permute"(%182) {channel_handle = #stablehlo.channel_handle<handle = 3, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>} : (tensor<8xi32>) -> tensor<8xi32>
        %320 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %321 = "stablehlo.add"(%176, %320) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%321, %177, %316#2, %317, %318, %316#5, %319, %316#7, %316#8, %316#9) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
      %323 = "stablehlo.broadcast_in_dim"(%322#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x8x16xf32>
      %324 = "stablehlo.divide"(%322#9, %323) : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>) -> tensor<1x2x2x8x16xf32>
      %325 = "stablehlo.transpose"(%324) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x8x16xf32>) -> tensor<1x8x2x2x16xf32>
      %326 = "stablehlo.reshape"(%325) : (tensor<1x8x2x2x16xf32>) -> tensor<1x8x64xf32>
      %327 = "stablehlo.dot_general"(%326, %54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %328 = "stablehlo.add"(%29, %327) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %329 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %330 = "stablehlo.broadcast_in_dim"(%329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x64xf32>
      %331 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %332 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %384:8 = "stablehlo.while"(%332, %331, %328, %60, %63, %66, %57, %330) ({
      ^bb0(%333: tensor<i32>, %334: tensor<i32>, %335: tensor<1x8x64xf32>, %336: tensor<172x64xf32>, %337: tensor<172x64xf32>, %338: tensor<64x172xf32>, %339: tensor<64xf32>, %340: tensor<1x8x64xf32>):
        %341 = "stablehlo.compare"(%333, %334) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%341) : (tensor<i1>) -> ()
      }, {
      ^bb0(%342: tensor<i32>, %343: tensor<i32>, %344: tensor<1x8x64xf32>, %345: tensor<172x64xf32>, %346: tensor<172x64xf32>, %347: tensor<64x172xf32>, %348: tensor<64xf32>, %349: tensor<1x8x64xf32>):
        %350 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %351 = "stablehlo.multiply"(%342, %350) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %352 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %353 = "stablehlo.dynamic_slice"(%344, %352, %351, %352) {slice_sizes = array<i64: 1, 8, 64>} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %354 = "stablehlo.multiply"(%353, %353) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %355 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %356 = "stablehlo.reduce"(%354, %355) ({
        ^bb0(%357: tensor<f32>, %358: tensor<f32>):
          %359 = "stablehlo.add"(%357, %358) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%359) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %360 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
        %361 = "stablehlo.broadcast_in_dim"(%360) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8xf32>
        %362 = "stablehlo.divide"(%356, %361) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %363 = "stablehlo.reshape"(%362) : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %364 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
        %365 = "stablehlo.broadcast_in_dim"(%364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x1xf32>
        %366 = "stablehlo.add"(%363, %365) : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %367 = "stablehlo.rsqrt"(%366) : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %368 = "stablehlo.reshape"(%367) : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %369 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %370 = "stablehlo.multiply"(%353, %369) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %371 = "stablehlo.broadcast_in_dim"(%348) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %372 = "stablehlo.multiply"(%370, %371) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %373 = "stablehlo.dot_general"(%372, %346) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %374 = "stablehlo.logistic"(%373) : (tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %375 = "stablehlo.multiply"(%373, %374) : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %376 = "stablehlo.dot_general"(%372, %345) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %377 = "stablehlo.multiply"(%375, %376) : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %378 = "stablehlo.dot_general"(%377, %347) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x172xf32>, tensor<64x172xf32>) -> tensor<1x8x64xf32>
        %379 = "stablehlo.add"(%353, %378) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %380 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %381 = "stablehlo.dynamic_update_slice"(%349, %379, %380, %351, %380) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %382 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %383 = "stablehlo.add"(%342, %382) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%383, %343, %344, %345, %346, %347, %348, %381) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %385 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %386 = "stablehlo.add"(%27, %385) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%386, %28, %384#7, %30, %31, %32, %33, %34, %35, %36, %37, %38, %39) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %388 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %389 = "stablehlo.broadcast_in_dim"(%388) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x256xf32>
    %390 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %391 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %433:6 = "stablehlo.while"(%391, %390, %387#2, %arg11, %arg12, %389) ({
    ^bb0(%392: tensor<i32>, %393: tensor<i32>, %394: tensor<1x8x64xf32>, %395: tensor<64xf32>, %396: tensor<256x64xf32>, %397: tensor<1x8x256xf32>):
      %398 = "stablehlo.compare"(%392, %393) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%398) : (tensor<i1>) -> ()
    }, {
    ^bb0(%399: tensor<i32>, %400: tensor<i32>, %401: tensor<1x8x64xf32>, %402: tensor<64xf32>, %403: tensor<256x64xf32>, %404: tensor<1x8x256xf32>):
      %405 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %406 = "stablehlo.multiply"(%399, %405) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %407 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %408 = "stablehlo.dynamic_slice"(%401, %407, %406, %407) {slice_sizes = array<i64: 1, 8, 64>} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
      %409 = "stablehlo.multiply"(%408, %408) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %410 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %411 = "stablehlo.reduce"(%409, %410) ({
      ^bb0(%412: tensor<f32>, %413: tensor<f32>):
        %414 = "stablehlo.add"(%412, %413) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%414) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
      %415 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
      %416 = "stablehlo.broadcast_in_dim"(%415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8xf32>
      %417 = "stablehlo.divide"(%411, %416) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %418 = "stablehlo.reshape"(%417) : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
      %419 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
      %420 = "stablehlo.broadcast_in_dim"(%419) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8x1xf32>
      %421 = "stablehlo.add"(%418, %420) : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %422 = "stablehlo.rsqrt"(%421) : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %423 = "stablehlo.reshape"(%422) : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
      %424 = "stablehlo.broadcast_in_dim"(%423) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
      %425 = "stablehlo.multiply"(%408, %424) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %426 = "stablehlo.broadcast_in_dim"(%402) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x8x64xf32>
      %427 = "stablehlo.multiply"(%425, %426) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %428 = "stablehlo.dot_general"(%427, %403) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x64xf32>, tensor<256x64xf32>) -> tensor<1x8x256xf32>
      %429 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %430 = "stablehlo.dynamic_update_slice"(%404, %428, %429, %406, %429) : (tensor<1x8x256xf32>, tensor<1x8x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x256xf32>
      %431 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %432 = "stablehlo.add"(%399, %431) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%432, %400, %401, %402, %403, %430) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x8x256xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x8x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x8x256xf32>)
    %434 = "stablehlo.reshape"(%433#5) : (tensor<1x8x256xf32>) -> tensor<1x8x256xf32>
    return %434 : tensor<1x8x256xf32>
  }
}
