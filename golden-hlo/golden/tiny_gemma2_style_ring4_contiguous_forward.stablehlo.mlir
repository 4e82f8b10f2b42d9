module @tiny_gemma2_style_ring4_contiguous_forward attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x16xi32> {mhlo.sharding = "{manual}"}, %arg1: tensor<256x64xf32> {mhlo.sharding = "{manual}"}, %arg2: tensor<2x64xf32> {mhlo.sharding = "{manual}"}, %arg3: tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, %arg4: tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, %arg5: tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, %arg6: tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, %arg7: tensor<2x64xf32> {mhlo.sharding = "{manual}"}, %arg8: tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, %arg9: tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, %arg10: tensor<2x64x172xf32> {mhlo.sharding = "{manual}"}, %arg11: tensor<64xf32> {mhlo.sharding = "{manual}"}, %arg12: tensor<256x64xf32> {mhlo.sharding = "{manual}"}) -> (tensor<1x16x256xf32> {mhlo.sharding = "{manual}"}) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %1 = "stablehlo.partition_id"() {mhlo.sharding = "{manual}"} : () -> tensor<ui32>
    %2 = "stablehlo.convert"(%1) {mhlo.sharding = "{manual}"} : (tensor<ui32>) -> tensor<i32>
    %3 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %4 = "stablehlo.remainder"(%2, %3) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %5 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
    %6 = "stablehlo.broadcast_in_dim"(%4) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
    %7 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
    %9 = "stablehlo.multiply"(%6, %8) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %10 = "stablehlo.add"(%9, %5) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %11 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %12 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %943:14 = "stablehlo.while"(%12, %11, %0, %10, %4, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
    ^bb0(%13: tensor<i32>, %14: tensor<i32>, %15: tensor<1x16x64xf32>, %16: tensor<16xi32>, %17: tensor<i32>, %18: tensor<2x64xf32>, %19: tensor<2x64x64xf32>, %20: tensor<2x32x64xf32>, %21: tensor<2x32x64xf32>, %22: tensor<2x64x64xf32>, %23: tensor<2x64xf32>, %24: tensor<2x172x64xf32>, %25: tensor<2x172x64xf32>, %26: tensor<2x64x172xf32>):
      %27 = "stablehlo.compare"(%13, %14) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%27) : (tensor<i1>) -> ()
    }, {
    ^bb0(%28: tensor<i32>, %29: tensor<i32>, %30: tensor<1x16x64xf32>, %31: tensor<16xi32>, %32: tensor<i32>, %33: tensor<2x64xf32>, %34: tensor<2x64x64xf32>, %35: tensor<2x32x64xf32>, %36: tensor<2x32x64xf32>, %37: tensor<2x64x64xf32>, %38: tensor<2x64xf32>, %39: tensor<2x172x64xf32>, %40: tensor<2x172x64xf32>, %41: tensor<2x64x172xf32>):
      %42 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %43 = "stablehlo.dynamic_slice"(%33, %28, %42) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %44 = "stablehlo.reshape"(%43) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>) -> tensor<64xf32>
      %45 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %46 = "stablehlo.dynamic_slice"(%34, %28, %45, %45) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %47 = "stablehlo.reshape"(%46) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %48 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %49 = "stablehlo.dynamic_slice"(%35, %28, %48, %48) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %50 = "stablehlo.reshape"(%49) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %51 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %52 = "stablehlo.dynamic_slice"(%36, %28, %51, %51) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %53 = "stablehlo.reshape"(%52) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %54 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %55 = "stablehlo.dynamic_slice"(%37, %28, %54, %54) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %56 = "stablehlo.reshape"(%55) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %57 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %58 = "stablehlo.dynamic_slice"(%38, %28, %57) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %59 = "stablehlo.reshape"(%58) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>) -> tensor<64xf32>
      %60 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %61 = "stablehlo.dynamic_slice"(%39, %28, %60, %60) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %62 = "stablehlo.reshape"(%61) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %63 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %64 = "stablehlo.dynamic_slice"(%40, %28, %63, %63) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %65 = "stablehlo.reshape"(%64) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %66 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %67 = "stablehlo.dynamic_slice"(%41, %28, %66, %66) {slice_sizes = array<i64: 1, 64, 172>, mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x172xf32>
      %68 = "stablehlo.reshape"(%67) {mhlo.sharding = "{manual}"} : (tensor<1x64x172xf32>) -> tensor<64x172xf32>
      %69 = "stablehlo.constant"() {value = dense<[12, 64]> : tensor<2xi32>, mhlo.sharding = "{manual}"} : () -> tensor<2xi32>
      %70 = "stablehlo.dynamic_slice"(%69, %28) {slice_sizes = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<1xi32>
      %71 = "stablehlo.reshape"(%70) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
      %72 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %73 = "stablehlo.broadcast_in_dim"(%72) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x64xf32>
      %74 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %75 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %114:5 = "stablehlo.while"(%75, %74, %30, %44, %73) ({
      ^bb0(%76: tensor<i32>, %77: tensor<i32>, %78: tensor<1x16x64xf32>, %79: tensor<64xf32>, %80: tensor<1x16x64xf32>):
        %81 = "stablehlo.compare"(%76, %77) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%81) : (tensor<i1>) -> ()
      }, {
      ^bb0(%82: tensor<i32>, %83: tensor<i32>, %84: tensor<1x16x64xf32>, %85: tensor<64xf32>, %86: tensor<1x16x64xf32>):
        %87 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %88 = "stablehlo.multiply"(%82, %87) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %89 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %90 = "stablehlo.dynamic_slice"(%84, %89, %88, %89) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %91 = "stablehlo.multiply"(%90, %90) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %92 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %93 = "stablehlo.reduce"(%91, %92) ({
        ^bb0(%94: tensor<f32>, %95: tensor<f32>):
          %96 = "stablehlo.add"(%94, %95) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%96) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %97 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %98 = "stablehlo.broadcast_in_dim"(%97) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %99 = "stablehlo.divide"(%93, %98) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %100 = "stablehlo.reshape"(%99) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %101 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %102 = "stablehlo.broadcast_in_dim"(%101) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %103 = "stablehlo.add"(%100, %102) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %104 = "stablehlo.rsqrt"(%103) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %105 = "stablehlo.reshape"(%104) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %106 = "stablehlo.broadcast_in_dim"(%105) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %107 = "stablehlo.multiply"(%90, %106) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %108 = "stablehlo.broadcast_in_dim"(%85) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %109 = "stablehlo.multiply"(%107, %108) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %110 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %111 = "stablehlo.dynamic_update_slice"(%86, %109, %110, %88, %110) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
        %112 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %113 = "stablehlo.add"(%82, %112) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%113, %83, %84, %85, %111) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<1x16x64xf32>)
      %115 = "stablehlo.dot_general"(%114#4, %47) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
      %116 = "stablehlo.reshape"(%115) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
      %117 = "stablehlo.dot_general"(%114#4, %50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<32x64xf32>) -> tensor<1x16x32xf32>
      %118 = "stablehlo.reshape"(%117) {mhlo.sharding = "{manual}"} : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %119 = "stablehlo.dot_general"(%114#4, %53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<32x64xf32>) -> tensor<1x16x32xf32>
      %120 = "stablehlo.reshape"(%119) {mhlo.sharding = "{manual}"} : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %121 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %122 = "stablehlo.convert"(%31) {mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<16xf32>
      %123 = "stablehlo.broadcast_in_dim"(%122) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<16xf32>) -> tensor<16x8xf32>
      %124 = "stablehlo.broadcast_in_dim"(%121) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<16x8xf32>
      %125 = "stablehlo.multiply"(%123, %124) {mhlo.sharding = "{manual}"} : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
      %126 = "stablehlo.concatenate"(%125, %125) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x16xf32>
      %127 = "stablehlo.cosine"(%126) {mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<16x16xf32>
      %128 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<1x16x4x16xf32>
      %129 = "stablehlo.sine"(%126) {mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<16x16xf32>
      %130 = "stablehlo.broadcast_in_dim"(%129) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<1x16x4x16xf32>
      %131 = "stablehlo.slice"(%116) {limit_indices = array<i64: 1, 16, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>) -> tensor<1x16x4x8xf32>
      %132 = "stablehlo.slice"(%116) {limit_indices = array<i64: 1, 16, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>) -> tensor<1x16x4x8xf32>
      %133 = "stablehlo.negate"(%132) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %134 = "stablehlo.concatenate"(%133, %131) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x16xf32>
      %135 = "stablehlo.multiply"(%116, %128) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
      %136 = "stablehlo.multiply"(%134, %130) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
      %137 = "stablehlo.add"(%135, %136) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
      %138 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %139 = "stablehlo.convert"(%31) {mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<16xf32>
      %140 = "stablehlo.broadcast_in_dim"(%139) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<16xf32>) -> tensor<16x8xf32>
      %141 = "stablehlo.broadcast_in_dim"(%138) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<16x8xf32>
      %142 = "stablehlo.multiply"(%140, %141) {mhlo.sharding = "{manual}"} : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
      %143 = "stablehlo.concatenate"(%142, %142) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x16xf32>
      %144 = "stablehlo.cosine"(%143) {mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<16x16xf32>
      %145 = "stablehlo.broadcast_in_dim"(%144) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<1x16x2x16xf32>
      %146 = "stablehlo.sine"(%143) {mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<16x16xf32>
      %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<1x16x2x16xf32>
      %148 = "stablehlo.slice"(%118) {limit_indices = array<i64: 1, 16, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x8xf32>
      %149 = "stablehlo.slice"(%118) {limit_indices = array<i64: 1, 16, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x8xf32>
      %150 = "stablehlo.negate"(%149) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %151 = "stablehlo.concatenate"(%150, %148) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x16xf32>
      %152 = "stablehlo.multiply"(%118, %145) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>, tensor<1x16x2x16xf32>) -> tensor<1x16x2x16xf32>
      %153 = "stablehlo.multiply"(%151, %147) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>, tensor<1x16x2x16xf32>) -> tensor<1x16x2x16xf32>
      %154 = "stablehlo.add"(%152, %153) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>, tensor<1x16x2x16xf32>) -> tensor<1x16x2x16xf32>
      %155 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %156 = "stablehlo.broadcast_in_dim"(%155) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x4x16xf32>
      %157 = "stablehlo.multiply"(%137, %156) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
      %158 = "stablehlo.reshape"(%157) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>) -> tensor<1x16x2x2x16xf32>
      %159 = "stablehlo.transpose"(%158) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x2x16xf32>) -> tensor<1x2x2x16x16xf32>
      %160 = "stablehlo.transpose"(%154) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %161 = "stablehlo.transpose"(%120) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %162 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %163 = "stablehlo.broadcast_in_dim"(%162) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x16xf32>
      %164 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %165 = "stablehlo.broadcast_in_dim"(%164) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x16xf32>
      %166 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %167 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x16x16xf32>
      %168 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %169 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %537:11 = "stablehlo.while"(%169, %168, %159, %160, %161, %31, %71, %32, %163, %165, %167) ({
      ^bb0(%170: tensor<i32>, %171: tensor<i32>, %172: tensor<1x2x2x16x16xf32>, %173: tensor<1x2x16x16xf32>, %174: tensor<1x2x16x16xf32>, %175: tensor<16xi32>, %176: tensor<i32>, %177: tensor<i32>, %178: tensor<1x2x2x16xf32>, %179: tensor<1x2x2x16xf32>, %180: tensor<1x2x2x16x16xf32>):
        %181 = "stablehlo.compare"(%170, %171) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%181) : (tensor<i1>) -> ()
      }, {
      ^bb0(%182: tensor<i32>, %183: tensor<i32>, %184: tensor<1x2x2x16x16xf32>, %185: tensor<1x2x16x16xf32>, %186: tensor<1x2x16x16xf32>, %187: tensor<16xi32>, %188: tensor<i32>, %189: tensor<i32>, %190: tensor<1x2x2x16xf32>, %191: tensor<1x2x2x16xf32>, %192: tensor<1x2x2x16x16xf32>):
        %193 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %194 = "stablehlo.subtract"(%189, %182) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %195 = "stablehlo.add"(%194, %193) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %196 = "stablehlo.remainder"(%195, %193) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %197 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
        %198 = "stablehlo.broadcast_in_dim"(%196) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
        %199 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %200 = "stablehlo.broadcast_in_dim"(%199) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
        %201 = "stablehlo.multiply"(%198, %200) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
        %202 = "stablehlo.add"(%201, %197) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
        %203 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %204 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %532:11 = "stablehlo.while"(%204, %203, %184, %185, %186, %187, %188, %202, %190, %191, %192) ({
        ^bb0(%205: tensor<i32>, %206: tensor<i32>, %207: tensor<1x2x2x16x16xf32>, %208: tensor<1x2x16x16xf32>, %209: tensor<1x2x16x16xf32>, %210: tensor<16xi32>, %211: tensor<i32>, %212: tensor<16xi32>, %213: tensor<1x2x2x16xf32>, %214: tensor<1x2x2x16xf32>, %215: tensor<1x2x2x16x16xf32>):
          %216 = "stablehlo.compare"(%205, %206) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%216) : (tensor<i1>) -> ()
        }, {
        ^bb0(%217: tensor<i32>, %218: tensor<i32>, %219: tensor<1x2x2x16x16xf32>, %220: tensor<1x2x16x16xf32>, %221: tensor<1x2x16x16xf32>, %222: tensor<16xi32>, %223: tensor<i32>, %224: tensor<16xi32>, %225: tensor<1x2x2x16xf32>, %226: tensor<1x2x2x16xf32>, %227: tensor<1x2x2x16x16xf32>):
          %228 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %229 = "stablehlo.multiply"(%217, %228) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %230 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %231 = "stablehlo.dynamic_slice"(%219, %230, %230, %230, %229, %230) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %232 = "stablehlo.reshape"(%231) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %233 = "stablehlo.dynamic_slice"(%222, %229) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
          %234 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %235 = "stablehlo.dynamic_slice"(%225, %234, %234, %234, %229) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %236 = "stablehlo.reshape"(%235) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %237 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %238 = "stablehlo.dynamic_slice"(%226, %237, %237, %237, %229) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %239 = "stablehlo.reshape"(%238) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %240 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %241 = "stablehlo.dynamic_slice"(%227, %240, %240, %240, %229, %240) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %242 = "stablehlo.reshape"(%241) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %243 = "stablehlo.slice"(%233) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %244 = "stablehlo.reshape"(%243) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %245 = "stablehlo.slice"(%233) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %246 = "stablehlo.reshape"(%245) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %247 = "stablehlo.slice"(%224) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
          %248 = "stablehlo.slice"(%224) {limit_indices = array<i64: 16>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
          %249 = "stablehlo.broadcast_in_dim"(%246) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %250 = "stablehlo.compare"(%247, %249) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %251 = "stablehlo.convert"(%250) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %252 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %253 = "stablehlo.reduce"(%251, %252) ({
          ^bb0(%254: tensor<i32>, %255: tensor<i32>):
            %256 = "stablehlo.add"(%254, %255) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%256) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %257 = "stablehlo.broadcast_in_dim"(%244) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %258 = "stablehlo.compare"(%248, %257) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %259 = "stablehlo.convert"(%258) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %260 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %261 = "stablehlo.reduce"(%259, %260) ({
          ^bb0(%262: tensor<i32>, %263: tensor<i32>):
            %264 = "stablehlo.add"(%262, %263) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%264) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %265 = "stablehlo.minimum"(%261, %253) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %266 = "stablehlo.subtract"(%244, %223) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %267 = "stablehlo.broadcast_in_dim"(%266) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %268 = "stablehlo.compare"(%248, %267) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %269 = "stablehlo.convert"(%268) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %270 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %271 = "stablehlo.reduce"(%269, %270) ({
          ^bb0(%272: tensor<i32>, %273: tensor<i32>):
            %274 = "stablehlo.add"(%272, %273) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%274) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %275 = "stablehlo.subtract"(%246, %223) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %276 = "stablehlo.broadcast_in_dim"(%275) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %277 = "stablehlo.compare"(%247, %276) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %278 = "stablehlo.convert"(%277) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %279 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %280 = "stablehlo.reduce"(%278, %279) ({
          ^bb0(%281: tensor<i32>, %282: tensor<i32>):
            %283 = "stablehlo.add"(%281, %282) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%283) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %284 = "stablehlo.minimum"(%271, %253) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %285 = "stablehlo.maximum"(%280, %284) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %286 = "stablehlo.minimum"(%285, %253) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %287 = "stablehlo.minimum"(%265, %253) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %288 = "stablehlo.maximum"(%287, %286) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %370:11 = "stablehlo.while"(%284, %286, %232, %233, %223, %220, %221, %224, %236, %239, %242) ({
          ^bb0(%289: tensor<i32>, %290: tensor<i32>, %291: tensor<1x2x16x16xf32>, %292: tensor<8xi32>, %293: tensor<i32>, %294: tensor<1x2x16x16xf32>, %295: tensor<1x2x16x16xf32>, %296: tensor<16xi32>, %297: tensor<1x2x16xf32>, %298: tensor<1x2x16xf32>, %299: tensor<1x2x16x16xf32>):
            %300 = "stablehlo.compare"(%289, %290) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%300) : (tensor<i1>) -> ()
          }, {
          ^bb0(%301: tensor<i32>, %302: tensor<i32>, %303: tensor<1x2x16x16xf32>, %304: tensor<8xi32>, %305: tensor<i32>, %306: tensor<1x2x16x16xf32>, %307: tensor<1x2x16x16xf32>, %308: tensor<16xi32>, %309: tensor<1x2x16xf32>, %310: tensor<1x2x16xf32>, %311: tensor<1x2x16x16xf32>):
            %312 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %313 = "stablehlo.multiply"(%301, %312) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %314 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %315 = "stablehlo.dynamic_slice"(%306, %314, %314, %313, %314) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %316 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %317 = "stablehlo.dynamic_slice"(%307, %316, %316, %313, %316) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %318 = "stablehlo.dot_general"(%303, %315) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %319 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %320 = "stablehlo.broadcast_in_dim"(%319) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %321 = "stablehlo.multiply"(%318, %320) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %322 = "stablehlo.tanh"(%321) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %323 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %324 = "stablehlo.broadcast_in_dim"(%323) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %325 = "stablehlo.multiply"(%322, %324) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %326 = "stablehlo.dynamic_slice"(%308, %313) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %327 = "stablehlo.broadcast_in_dim"(%304) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %328 = "stablehlo.reshape"(%327) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %329 = "stablehlo.broadcast_in_dim"(%326) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %330 = "stablehlo.reshape"(%329) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %331 = "stablehlo.compare"(%330, %328) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %332 = "stablehlo.broadcast_in_dim"(%305) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
            %333 = "stablehlo.subtract"(%328, %332) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
            %334 = "stablehlo.compare"(%330, %333) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %335 = "stablehlo.and"(%331, %334) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
            %336 = "stablehlo.broadcast_in_dim"(%335) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %337 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %338 = "stablehlo.broadcast_in_dim"(%337) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %339 = "stablehlo.select"(%336, %325, %338) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %340 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %341 = "stablehlo.reduce"(%339, %340) ({
            ^bb0(%342: tensor<f32>, %343: tensor<f32>):
              %344 = "stablehlo.maximum"(%342, %343) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%344) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %345 = "stablehlo.maximum"(%309, %341) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %346 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %347 = "stablehlo.broadcast_in_dim"(%346) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %348 = "stablehlo.compare"(%345, %347) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %349 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %350 = "stablehlo.broadcast_in_dim"(%349) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %351 = "stablehlo.select"(%348, %350, %345) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %352 = "stablehlo.broadcast_in_dim"(%351) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %353 = "stablehlo.subtract"(%339, %352) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %354 = "stablehlo.exponential"(%353) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %355 = "stablehlo.subtract"(%309, %351) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %356 = "stablehlo.exponential"(%355) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %357 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %358 = "stablehlo.reduce"(%354, %357) ({
            ^bb0(%359: tensor<f32>, %360: tensor<f32>):
              %361 = "stablehlo.add"(%359, %360) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%361) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %362 = "stablehlo.multiply"(%310, %356) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %363 = "stablehlo.add"(%362, %358) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %364 = "stablehlo.dot_general"(%354, %317) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %365 = "stablehlo.broadcast_in_dim"(%356) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %366 = "stablehlo.multiply"(%311, %365) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %367 = "stablehlo.add"(%366, %364) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %368 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %369 = "stablehlo.add"(%301, %368) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%369, %302, %303, %304, %305, %306, %307, %308, %345, %363, %367) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %438:11 = "stablehlo.while"(%286, %288, %370#2, %370#3, %370#4, %370#5, %370#6, %370#7, %370#8, %370#9, %370#10) ({
          ^bb0(%371: tensor<i32>, %372: tensor<i32>, %373: tensor<1x2x16x16xf32>, %374: tensor<8xi32>, %375: tensor<i32>, %376: tensor<1x2x16x16xf32>, %377: tensor<1x2x16x16xf32>, %378: tensor<16xi32>, %379: tensor<1x2x16xf32>, %380: tensor<1x2x16xf32>, %381: tensor<1x2x16x16xf32>):
            %382 = "stablehlo.compare"(%371, %372) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%382) : (tensor<i1>) -> ()
          }, {
          ^bb0(%383: tensor<i32>, %384: tensor<i32>, %385: tensor<1x2x16x16xf32>, %386: tensor<8xi32>, %387: tensor<i32>, %388: tensor<1x2x16x16xf32>, %389: tensor<1x2x16x16xf32>, %390: tensor<16xi32>, %391: tensor<1x2x16xf32>, %392: tensor<1x2x16xf32>, %393: tensor<1x2x16x16xf32>):
            %394 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %395 = "stablehlo.multiply"(%383, %394) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %396 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %397 = "stablehlo.dynamic_slice"(%388, %396, %396, %395, %396) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %398 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %399 = "stablehlo.dynamic_slice"(%389, %398, %398, %395, %398) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %400 = "stablehlo.dot_general"(%385, %397) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %401 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %402 = "stablehlo.broadcast_in_dim"(%401) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %403 = "stablehlo.multiply"(%400, %402) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %404 = "stablehlo.tanh"(%403) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %405 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %406 = "stablehlo.broadcast_in_dim"(%405) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %407 = "stablehlo.multiply"(%404, %406) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %408 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %409 = "stablehlo.reduce"(%407, %408) ({
            ^bb0(%410: tensor<f32>, %411: tensor<f32>):
              %412 = "stablehlo.maximum"(%410, %411) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%412) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %413 = "stablehlo.maximum"(%391, %409) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %414 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %415 = "stablehlo.broadcast_in_dim"(%414) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %416 = "stablehlo.compare"(%413, %415) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %417 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %418 = "stablehlo.broadcast_in_dim"(%417) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %419 = "stablehlo.select"(%416, %418, %413) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %420 = "stablehlo.broadcast_in_dim"(%419) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %421 = "stablehlo.subtract"(%407, %420) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %422 = "stablehlo.exponential"(%421) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %423 = "stablehlo.subtract"(%391, %419) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %424 = "stablehlo.exponential"(%423) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %425 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %426 = "stablehlo.reduce"(%422, %425) ({
            ^bb0(%427: tensor<f32>, %428: tensor<f32>):
              %429 = "stablehlo.add"(%427, %428) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%429) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %430 = "stablehlo.multiply"(%392, %424) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %431 = "stablehlo.add"(%430, %426) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %432 = "stablehlo.dot_general"(%422, %399) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %433 = "stablehlo.broadcast_in_dim"(%424) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %434 = "stablehlo.multiply"(%393, %433) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %435 = "stablehlo.add"(%434, %432) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %436 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %437 = "stablehlo.add"(%383, %436) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%437, %384, %385, %386, %387, %388, %389, %390, %413, %431, %435) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %520:11 = "stablehlo.while"(%288, %253, %438#2, %438#3, %438#4, %438#5, %438#6, %438#7, %438#8, %438#9, %438#10) ({
          ^bb0(%439: tensor<i32>, %440: tensor<i32>, %441: tensor<1x2x16x16xf32>, %442: tensor<8xi32>, %443: tensor<i32>, %444: tensor<1x2x16x16xf32>, %445: tensor<1x2x16x16xf32>, %446: tensor<16xi32>, %447: tensor<1x2x16xf32>, %448: tensor<1x2x16xf32>, %449: tensor<1x2x16x16xf32>):
            %450 = "stablehlo.compare"(%439, %440) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%450) : (tensor<i1>) -> ()
          }, {
          ^bb0(%451: tensor<i32>, %452: tensor<i32>, %453: tensor<1x2x16x16xf32>, %454: tensor<8xi32>, %455: tensor<i32>, %456: tensor<1x2x16x16xf32>, %457: tensor<1x2x16x16xf32>, %458: tensor<16xi32>, %459: tensor<1x2x16xf32>, %460: tensor<1x2x16xf32>, %461: tensor<1x2x16x16xf32>):
            %462 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %463 = "stablehlo.multiply"(%451, %462) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %464 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %465 = "stablehlo.dynamic_slice"(%456, %464, %464, %463, %464) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %466 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %467 = "stablehlo.dynamic_slice"(%457, %466, %466, %463, %466) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %468 = "stablehlo.dot_general"(%453, %465) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %469 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %470 = "stablehlo.broadcast_in_dim"(%469) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %471 = "stablehlo.multiply"(%468, %470) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %472 = "stablehlo.tanh"(%471) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %473 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %474 = "stablehlo.broadcast_in_dim"(%473) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %475 = "stablehlo.multiply"(%472, %474) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %476 = "stablehlo.dynamic_slice"(%458, %463) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %477 = "stablehlo.broadcast_in_dim"(%454) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %478 = "stablehlo.reshape"(%477) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %479 = "stablehlo.broadcast_in_dim"(%476) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %480 = "stablehlo.reshape"(%479) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %481 = "stablehlo.compare"(%480, %478) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %482 = "stablehlo.broadcast_in_dim"(%455) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
            %483 = "stablehlo.subtract"(%478, %482) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
            %484 = "stablehlo.compare"(%480, %483) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %485 = "stablehlo.and"(%481, %484) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
            %486 = "stablehlo.broadcast_in_dim"(%485) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %487 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %488 = "stablehlo.broadcast_in_dim"(%487) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %489 = "stablehlo.select"(%486, %475, %488) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %490 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %491 = "stablehlo.reduce"(%489, %490) ({
            ^bb0(%492: tensor<f32>, %493: tensor<f32>):
              %494 = "stablehlo.maximum"(%492, %493) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%494) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %495 = "stablehlo.maximum"(%459, %491) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %496 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %497 = "stablehlo.broadcast_in_dim"(%496) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %498 = "stablehlo.compare"(%495, %497) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %499 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %500 = "stablehlo.broadcast_in_dim"(%499) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %501 = "stablehlo.select"(%498, %500, %495) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %502 = "stablehlo.broadcast_in_dim"(%501) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %503 = "stablehlo.subtract"(%489, %502) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %504 = "stablehlo.exponential"(%503) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %505 = "stablehlo.subtract"(%459, %501) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %506 = "stablehlo.exponential"(%505) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %507 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %508 = "stablehlo.reduce"(%504, %507) ({
            ^bb0(%509: tensor<f32>, %510: tensor<f32>):
              %511 = "stablehlo.add"(%509, %510) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%511) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %512 = "stablehlo.multiply"(%460, %506) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %513 = "stablehlo.add"(%512, %508) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %514 = "stablehlo.dot_general"(%504, %467) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %515 = "stablehlo.broadcast_in_dim"(%506) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %516 = "stablehlo.multiply"(%461, %515) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %517 = "stablehlo.add"(%516, %514) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %518 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %519 = "stablehlo.add"(%451, %518) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%519, %452, %453, %454, %455, %456, %457, %458, %495, %513, %517) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %521 = "stablehlo.reshape"(%520#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %522 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %523 = "stablehlo.dynamic_update_slice"(%225, %521, %522, %522, %522, %229) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
          %524 = "stablehlo.reshape"(%520#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %525 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %526 = "stablehlo.dynamic_update_slice"(%226, %524, %525, %525, %525, %229) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
          %527 = "stablehlo.reshape"(%520#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %528 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %529 = "stablehlo.dynamic_update_slice"(%227, %527, %528, %528, %528, %229, %528) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x16xf32>
          %530 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %531 = "stablehlo.add"(%217, %530) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%531, %218, %219, %220, %221, %222, %223, %224, %523, %526, %529) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
        %533 = "stablehlo.collective_permute"(%185) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %534 = "stablehlo.collective_permute"(%186) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %535 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %536 = "stablehlo.add"(%182, %535) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%536, %183, %532#2, %533, %534, %532#5, %532#6, %189, %532#8, %532#9, %532#10) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
      %538 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %539 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %540 = "stablehlo.subtract"(%537#7, %538) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %541 = "stablehlo.add"(%540, %539) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %542 = "stablehlo.remainder"(%541, %539) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %543 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
      %544 = "stablehlo.broadcast_in_dim"(%542) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
      %545 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %546 = "stablehlo.broadcast_in_dim"(%545) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
      %547 = "stablehlo.multiply"(%544, %546) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
      %548 = "stablehlo.add"(%547, %543) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
      %549 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %550 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %878:11 = "stablehlo.while"(%550, %549, %537#2, %537#3, %537#4, %537#5, %537#6, %548, %537#8, %537#9, %537#10) ({
      ^bb0(%551: tensor<i32>, %552: tensor<i32>, %553: tensor<1x2x2x16x16xf32>, %554: tensor<1x2x16x16xf32>, %555: tensor<1x2x16x16xf32>, %556: tensor<16xi32>, %557: tensor<i32>, %558: tensor<16xi32>, %559: tensor<1x2x2x16xf32>, %560: tensor<1x2x2x16xf32>, %561: tensor<1x2x2x16x16xf32>):
        %562 = "stablehlo.compare"(%551, %552) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%562) : (tensor<i1>) -> ()
      }, {
      ^bb0(%563: tensor<i32>, %564: tensor<i32>, %565: tensor<1x2x2x16x16xf32>, %566: tensor<1x2x16x16xf32>, %567: tensor<1x2x16x16xf32>, %568: tensor<16xi32>, %569: tensor<i32>, %570: tensor<16xi32>, %571: tensor<1x2x2x16xf32>, %572: tensor<1x2x2x16xf32>, %573: tensor<1x2x2x16x16xf32>):
        %574 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %575 = "stablehlo.multiply"(%563, %574) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %576 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %577 = "stablehlo.dynamic_slice"(%565, %576, %576, %576, %575, %576) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %578 = "stablehlo.reshape"(%577) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %579 = "stablehlo.dynamic_slice"(%568, %575) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
        %580 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %581 = "stablehlo.dynamic_slice"(%571, %580, %580, %580, %575) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %582 = "stablehlo.reshape"(%581) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %583 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %584 = "stablehlo.dynamic_slice"(%572, %583, %583, %583, %575) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %585 = "stablehlo.reshape"(%584) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %586 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %587 = "stablehlo.dynamic_slice"(%573, %586, %586, %586, %575, %586) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %588 = "stablehlo.reshape"(%587) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %589 = "stablehlo.slice"(%579) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %590 = "stablehlo.reshape"(%589) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %591 = "stablehlo.slice"(%579) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %592 = "stablehlo.reshape"(%591) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %593 = "stablehlo.slice"(%570) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
        %594 = "stablehlo.slice"(%570) {limit_indices = array<i64: 16>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
        %595 = "stablehlo.broadcast_in_dim"(%592) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %596 = "stablehlo.compare"(%593, %595) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %597 = "stablehlo.convert"(%596) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %598 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %599 = "stablehlo.reduce"(%597, %598) ({
        ^bb0(%600: tensor<i32>, %601: tensor<i32>):
          %602 = "stablehlo.add"(%600, %601) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%602) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %603 = "stablehlo.broadcast_in_dim"(%590) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %604 = "stablehlo.compare"(%594, %603) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %605 = "stablehlo.convert"(%604) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %606 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %607 = "stablehlo.reduce"(%605, %606) ({
        ^bb0(%608: tensor<i32>, %609: tensor<i32>):
          %610 = "stablehlo.add"(%608, %609) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%610) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %611 = "stablehlo.minimum"(%607, %599) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %612 = "stablehlo.subtract"(%590, %569) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %613 = "stablehlo.broadcast_in_dim"(%612) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %614 = "stablehlo.compare"(%594, %613) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %615 = "stablehlo.convert"(%614) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %616 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %617 = "stablehlo.reduce"(%615, %616) ({
        ^bb0(%618: tensor<i32>, %619: tensor<i32>):
          %620 = "stablehlo.add"(%618, %619) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%620) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %621 = "stablehlo.subtract"(%592, %569) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %622 = "stablehlo.broadcast_in_dim"(%621) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %623 = "stablehlo.compare"(%593, %622) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %624 = "stablehlo.convert"(%623) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %625 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %626 = "stablehlo.reduce"(%624, %625) ({
        ^bb0(%627: tensor<i32>, %628: tensor<i32>):
          %629 = "stablehlo.add"(%627, %628) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%629) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %630 = "stablehlo.minimum"(%617, %599) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %631 = "stablehlo.maximum"(%626, %630) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %632 = "stablehlo.minimum"(%631, %599) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %633 = "stablehlo.minimum"(%611, %599) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %634 = "stablehlo.maximum"(%633, %632) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %716:11 = "stablehlo.while"(%630, %632, %578, %579, %569, %566, %567, %570, %582, %585, %588) ({
        ^bb0(%635: tensor<i32>, %636: tensor<i32>, %637: tensor<1x2x16x16xf32>, %638: tensor<8xi32>, %639: tensor<i32>, %640: tensor<1x2x16x16xf32>, %641: tensor<1x2x16x16xf32>, %642: tensor<16xi32>, %643: tensor<1x2x16xf32>, %644: tensor<1x2x16xf32>, %645: tensor<1x2x16x16xf32>):
          %646 = "stablehlo.compare"(%635, %636) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%646) : (tensor<i1>) -> ()
        }, {
        ^bb0(%647: tensor<i32>, %648: tensor<i32>, %649: tensor<1x2x16x16xf32>, %650: tensor<8xi32>, %651: tensor<i32>, %652: tensor<1x2x16x16xf32>, %653: tensor<1x2x16x16xf32>, %654: tensor<16xi32>, %655: tensor<1x2x16xf32>, %656: tensor<1x2x16xf32>, %657: tensor<1x2x16x16xf32>):
          %658 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %659 = "stablehlo.multiply"(%647, %658) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %660 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %661 = "stablehlo.dynamic_slice"(%652, %660, %660, %659, %660) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %662 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %663 = "stablehlo.dynamic_slice"(%653, %662, %662, %659, %662) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %664 = "stablehlo.dot_general"(%649, %661) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %665 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %666 = "stablehlo.broadcast_in_dim"(%665) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %667 = "stablehlo.multiply"(%664, %666) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %668 = "stablehlo.tanh"(%667) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %669 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %670 = "stablehlo.broadcast_in_dim"(%669) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %671 = "stablehlo.multiply"(%668, %670) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %672 = "stablehlo.dynamic_slice"(%654, %659) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
          %673 = "stablehlo.broadcast_in_dim"(%650) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %674 = "stablehlo.reshape"(%673) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %675 = "stablehlo.broadcast_in_dim"(%672) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %676 = "stablehlo.reshape"(%675) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %677 = "stablehlo.compare"(%676, %674) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %678 = "stablehlo.broadcast_in_dim"(%651) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
          %679 = "stablehlo.subtract"(%674, %678) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
          %680 = "stablehlo.compare"(%676, %679) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %681 = "stablehlo.and"(%677, %680) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
          %682 = "stablehlo.broadcast_in_dim"(%681) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %683 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %684 = "stablehlo.broadcast_in_dim"(%683) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %685 = "stablehlo.select"(%682, %671, %684) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %686 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %687 = "stablehlo.reduce"(%685, %686) ({
          ^bb0(%688: tensor<f32>, %689: tensor<f32>):
            %690 = "stablehlo.maximum"(%688, %689) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%690) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %691 = "stablehlo.maximum"(%655, %687) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %692 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %693 = "stablehlo.broadcast_in_dim"(%692) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %694 = "stablehlo.compare"(%691, %693) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %695 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %696 = "stablehlo.broadcast_in_dim"(%695) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %697 = "stablehlo.select"(%694, %696, %691) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %698 = "stablehlo.broadcast_in_dim"(%697) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %699 = "stablehlo.subtract"(%685, %698) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %700 = "stablehlo.exponential"(%699) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %701 = "stablehlo.subtract"(%655, %697) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %702 = "stablehlo.exponential"(%701) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %703 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %704 = "stablehlo.reduce"(%700, %703) ({
          ^bb0(%705: tensor<f32>, %706: tensor<f32>):
            %707 = "stablehlo.add"(%705, %706) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%707) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %708 = "stablehlo.multiply"(%656, %702) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %709 = "stablehlo.add"(%708, %704) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %710 = "stablehlo.dot_general"(%700, %663) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %711 = "stablehlo.broadcast_in_dim"(%702) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %712 = "stablehlo.multiply"(%657, %711) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %713 = "stablehlo.add"(%712, %710) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %714 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %715 = "stablehlo.add"(%647, %714) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%715, %648, %649, %650, %651, %652, %653, %654, %691, %709, %713) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %784:11 = "stablehlo.while"(%632, %634, %716#2, %716#3, %716#4, %716#5, %716#6, %716#7, %716#8, %716#9, %716#10) ({
        ^bb0(%717: tensor<i32>, %718: tensor<i32>, %719: tensor<1x2x16x16xf32>, %720: tensor<8xi32>, %721: tensor<i32>, %722: tensor<1x2x16x16xf32>, %723: tensor<1x2x16x16xf32>, %724: tensor<16xi32>, %725: tensor<1x2x16xf32>, %726: tensor<1x2x16xf32>, %727: tensor<1x2x16x16xf32>):
          %728 = "stablehlo.compare"(%717, %718) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%728) : (tensor<i1>) -> ()
        }, {
        ^bb0(%729: tensor<i32>, %730: tensor<i32>, %731: tensor<1x2x16x16xf32>, %732: tensor<8xi32>, %733: tensor<i32>, %734: tensor<1x2x16x16xf32>, %735: tensor<1x2x16x16xf32>, %736: tensor<16xi32>, %737: tensor<1x2x16xf32>, %738: tensor<1x2x16xf32>, %739: tensor<1x2x16x16xf32>):
          %740 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %741 = "stablehlo.multiply"(%729, %740) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %742 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %743 = "stablehlo.dynamic_slice"(%734, %742, %742, %741, %742) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %744 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %745 = "stablehlo.dynamic_slice"(%735, %744, %744, %741, %744) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %746 = "stablehlo.dot_general"(%731, %743) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %747 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %748 = "stablehlo.broadcast_in_dim"(%747) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %749 = "stablehlo.multiply"(%746, %748) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %750 = "stablehlo.tanh"(%749) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %751 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %752 = "stablehlo.broadcast_in_dim"(%751) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %753 = "stablehlo.multiply"(%750, %752) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %754 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %755 = "stablehlo.reduce"(%753, %754) ({
          ^bb0(%756: tensor<f32>, %757: tensor<f32>):
            %758 = "stablehlo.maximum"(%756, %757) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%758) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %759 = "stablehlo.maximum"(%737, %755) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %760 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %761 = "stablehlo.broadcast_in_dim"(%760) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %762 = "stablehlo.compare"(%759, %761) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %763 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %764 = "stablehlo.broadcast_in_dim"(%763) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %765 = "stablehlo.select"(%762, %764, %759) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %766 = "stablehlo.broadcast_in_dim"(%765) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %767 = "stablehlo.subtract"(%753, %766) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %768 = "stablehlo.exponential"(%767) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %769 = "stablehlo.subtract"(%737, %765) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %770 = "stablehlo.exponential"(%769) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %771 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %772 = "stablehlo.reduce"(%768, %771) ({
          ^bb0(%773: tensor<f32>, %774: tensor<f32>):
            %775 = "stablehlo.add"(%773, %774) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%775) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %776 = "stablehlo.multiply"(%738, %770) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %777 = "stablehlo.add"(%776, %772) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %778 = "stablehlo.dot_general"(%768, %745) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %779 = "stablehlo.broadcast_in_dim"(%770) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %780 = "stablehlo.multiply"(%739, %779) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %781 = "stablehlo.add"(%780, %778) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %782 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %783 = "stablehlo.add"(%729, %782) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%783, %730, %731, %732, %733, %734, %735, %736, %759, %777, %781) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %866:11 = "stablehlo.while"(%634, %599, %784#2, %784#3, %784#4, %784#5, %784#6, %784#7, %784#8, %784#9, %784#10) ({
        ^bb0(%785: tensor<i32>, %786: tensor<i32>, %787: tensor<1x2x16x16xf32>, %788: tensor<8xi32>, %789: tensor<i32>, %790: tensor<1x2x16x16xf32>, %791: tensor<1x2x16x16xf32>, %792: tensor<16xi32>, %793: tensor<1x2x16xf32>, %794: tensor<1x2x16xf32>, %795: tensor<1x2x16x16xf32>):
          %796 = "stablehlo.compare"(%785, %786) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%796) : (tensor<i1>) -> ()
        }, {
        ^bb0(%797: tensor<i32>, %798: tensor<i32>, %799: tensor<1x2x16x16xf32>, %800: tensor<8xi32>, %801: tensor<i32>, %802: tensor<1x2x16x16xf32>, %803: tensor<1x2x16x16xf32>, %804: tensor<16xi32>, %805: tensor<1x2x16xf32>, %806: tensor<1x2x16xf32>, %807: tensor<1x2x16x16xf32>):
          %808 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %809 = "stablehlo.multiply"(%797, %808) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %810 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %811 = "stablehlo.dynamic_slice"(%802, %810, %810, %809, %810) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %812 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %813 = "stablehlo.dynamic_slice"(%803, %812, %812, %809, %812) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %814 = "stablehlo.dot_general"(%799, %811) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %815 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %816 = "stablehlo.broadcast_in_dim"(%815) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %817 = "stablehlo.multiply"(%814, %816) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %818 = "stablehlo.tanh"(%817) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %819 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %820 = "stablehlo.broadcast_in_dim"(%819) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %821 = "stablehlo.multiply"(%818, %820) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %822 = "stablehlo.dynamic_slice"(%804, %809) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
          %823 = "stablehlo.broadcast_in_dim"(%800) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %824 = "stablehlo.reshape"(%823) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %825 = "stablehlo.broadcast_in_dim"(%822) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %826 = "stablehlo.reshape"(%825) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %827 = "stablehlo.compare"(%826, %824) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %828 = "stablehlo.broadcast_in_dim"(%801) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
          %829 = "stablehlo.subtract"(%824, %828) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
          %830 = "stablehlo.compare"(%826, %829) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %831 = "stablehlo.and"(%827, %830) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
          %832 = "stablehlo.broadcast_in_dim"(%831) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %833 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %834 = "stablehlo.broadcast_in_dim"(%833) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %835 = "stablehlo.select"(%832, %821, %834) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %836 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %837 = "stablehlo.reduce"(%835, %836) ({
          ^bb0(%838: tensor<f32>, %839: tensor<f32>):
            %840 = "stablehlo.maximum"(%838, %839) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%840) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %841 = "stablehlo.maximum"(%805, %837) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %842 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %843 = "stablehlo.broadcast_in_dim"(%842) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %844 = "stablehlo.compare"(%841, %843) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %845 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %846 = "stablehlo.broadcast_in_dim"(%845) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %847 = "stablehlo.select"(%844, %846, %841) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %848 = "stablehlo.broadcast_in_dim"(%847) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %849 = "stablehlo.subtract"(%835, %848) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %850 = "stablehlo.exponential"(%849) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %851 = "stablehlo.subtract"(%805, %847) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %852 = "stablehlo.exponential"(%851) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %853 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %854 = "stablehlo.reduce"(%850, %853) ({
          ^bb0(%855: tensor<f32>, %856: tensor<f32>):
            %857 = "stablehlo.add"(%855, %856) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%857) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %858 = "stablehlo.multiply"(%806, %852) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %859 = "stablehlo.add"(%858, %854) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %860 = "stablehlo.dot_general"(%850, %813) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %861 = "stablehlo.broadcast_in_dim"(%852) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %862 = "stablehlo.multiply"(%807, %861) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %863 = "stablehlo.add"(%862, %860) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %864 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %865 = "stablehlo.add"(%797, %864) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%865, %798, %799, %800, %801, %802, %803, %804, %841, %859, %863) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %867 = "stablehlo.reshape"(%866#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %868 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %869 = "stablehlo.dynamic_update_slice"(%571, %867, %868, %868, %868, %575) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
        %870 = "stablehlo.reshape"(%866#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %871 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %872 = "stablehlo.dynamic_update_slice"(%572, %870, %871, %871, %871, %575) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
        %873 = "stablehlo.reshape"(%866#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
        %874 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %875 = "stablehlo.dynamic_update_slice"(%573, %873, %874, %874, %874, %575, %874) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x16xf32>
        %876 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %877 = "stablehlo.add"(%563, %876) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%877, %564, %565, %566, %567, %568, %569, %570, %869, %872, %875) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
      %879 = "stablehlo.broadcast_in_dim"(%878#9) {broadcast_dimensions = array<i64: 0, 1, 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x16xf32>
      %880 = "stablehlo.divide"(%878#10, %879) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x16x16xf32>) -> tensor<1x2x2x16x16xf32>
      %881 = "stablehlo.transpose"(%880) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
      %882 = "stablehlo.reshape"(%881) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
      %883 = "stablehlo.dot_general"(%882, %56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
      %884 = "stablehlo.add"(%30, %883) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %885 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %886 = "stablehlo.broadcast_in_dim"(%885) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x64xf32>
      %887 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %888 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %940:8 = "stablehlo.while"(%888, %887, %884, %62, %65, %68, %59, %886) ({
      ^bb0(%889: tensor<i32>, %890: tensor<i32>, %891: tensor<1x16x64xf32>, %892: tensor<172x64xf32>, %893: tensor<172x64xf32>, %894: tensor<64x172xf32>, %895: tensor<64xf32>, %896: tensor<1x16x64xf32>):
        %897 = "stablehlo.compare"(%889, %890) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%897) : (tensor<i1>) -> ()
      }, {
      ^bb0(%898: tensor<i32>, %899: tensor<i32>, %900: tensor<1x16x64xf32>, %901: tensor<172x64xf32>, %902: tensor<172x64xf32>, %903: tensor<64x172xf32>, %904: tensor<64xf32>, %905: tensor<1x16x64xf32>):
        %906 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %907 = "stablehlo.multiply"(%898, %906) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %908 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %909 = "stablehlo.dynamic_slice"(%900, %908, %907, %908) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %910 = "stablehlo.multiply"(%909, %909) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %911 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %912 = "stablehlo.reduce"(%910, %911) ({
        ^bb0(%913: tensor<f32>, %914: tensor<f32>):
          %915 = "stablehlo.add"(%913, %914) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%915) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %916 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %917 = "stablehlo.broadcast_in_dim"(%916) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %918 = "stablehlo.divide"(%912, %917) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %919 = "stablehlo.reshape"(%918) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %920 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %921 = "stablehlo.broadcast_in_dim"(%920) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %922 = "stablehlo.add"(%919, %921) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %923 = "stablehlo.rsqrt"(%922) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %924 = "stablehlo.reshape"(%923) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %925 = "stablehlo.broadcast_in_dim"(%924) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %926 = "stablehlo.multiply"(%909, %925) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %927 = "stablehlo.broadcast_in_dim"(%904) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %928 = "stablehlo.multiply"(%926, %927) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %929 = "stablehlo.dot_general"(%928, %902) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %930 = "stablehlo.logistic"(%929) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %931 = "stablehlo.multiply"(%929, %930) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %932 = "stablehlo.dot_general"(%928, %901) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %933 = "stablehlo.multiply"(%931, %932) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %934 = "stablehlo.dot_general"(%933, %903) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<64x172xf32>) -> tensor<1x8x64xf32>
        %935 = "stablehlo.add"(%909, %934) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %936 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %937 = "stablehlo.dynamic_update_slice"(%905, %935, %936, %907, %936) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
        %938 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %939 = "stablehlo.add"(%898, %938) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%939, %899, %900, %901, %902, %903, %904, %937) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x16x64xf32>)
      %941 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %942 = "stablehlo.add"(%28, %941) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%942, %29, %940#7, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<16xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<16xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<16xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %944 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %945 = "stablehlo.broadcast_in_dim"(%944) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x256xf32>
    %946 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %947 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %996:6 = "stablehlo.while"(%947, %946, %943#2, %arg11, %arg12, %945) ({
    ^bb0(%948: tensor<i32>, %949: tensor<i32>, %950: tensor<1x16x64xf32>, %951: tensor<64xf32>, %952: tensor<256x64xf32>, %953: tensor<1x16x256xf32>):
      %954 = "stablehlo.compare"(%948, %949) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%954) : (tensor<i1>) -> ()
    }, {
    ^bb0(%955: tensor<i32>, %956: tensor<i32>, %957: tensor<1x16x64xf32>, %958: tensor<64xf32>, %959: tensor<256x64xf32>, %960: tensor<1x16x256xf32>):
      %961 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %962 = "stablehlo.multiply"(%955, %961) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %963 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %964 = "stablehlo.dynamic_slice"(%957, %963, %962, %963) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
      %965 = "stablehlo.multiply"(%964, %964) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %966 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %967 = "stablehlo.reduce"(%965, %966) ({
      ^bb0(%968: tensor<f32>, %969: tensor<f32>):
        %970 = "stablehlo.add"(%968, %969) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%970) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
      %971 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %972 = "stablehlo.broadcast_in_dim"(%971) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
      %973 = "stablehlo.divide"(%967, %972) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %974 = "stablehlo.reshape"(%973) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
      %975 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %976 = "stablehlo.broadcast_in_dim"(%975) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
      %977 = "stablehlo.add"(%974, %976) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %978 = "stablehlo.rsqrt"(%977) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %979 = "stablehlo.reshape"(%978) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
      %980 = "stablehlo.broadcast_in_dim"(%979) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
      %981 = "stablehlo.multiply"(%964, %980) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %982 = "stablehlo.broadcast_in_dim"(%958) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
      %983 = "stablehlo.multiply"(%981, %982) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %984 = "stablehlo.dot_general"(%983, %959) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<256x64xf32>) -> tensor<1x8x256xf32>
      %985 = "stablehlo.constant"() {value = dense<0.5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %986 = "stablehlo.broadcast_in_dim"(%985) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x256xf32>
      %987 = "stablehlo.multiply"(%984, %986) {mhlo.sharding = "{manual}"} : (tensor<1x8x256xf32>, tensor<1x8x256xf32>) -> tensor<1x8x256xf32>
      %988 = "stablehlo.tanh"(%987) {mhlo.sharding = "{manual}"} : (tensor<1x8x256xf32>) -> tensor<1x8x256xf32>
      %989 = "stablehlo.constant"() {value = dense<2.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %990 = "stablehlo.broadcast_in_dim"(%989) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x256xf32>
      %991 = "stablehlo.multiply"(%988, %990) {mhlo.sharding = "{manual}"} : (tensor<1x8x256xf32>, tensor<1x8x256xf32>) -> tensor<1x8x256xf32>
      %992 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %993 = "stablehlo.dynamic_update_slice"(%960, %991, %992, %962, %992) {mhlo.sharding = "{manual}"} : (tensor<1x16x256xf32>, tensor<1x8x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x256xf32>
      %994 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %995 = "stablehlo.add"(%955, %994) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%995, %956, %957, %958, %959, %993) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x16x256xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x16x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x16x256xf32>)
    %997 = "stablehlo.reshape"(%996#5) {mhlo.sharding = "{manual}"} : (tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    return %997 : tensor<1x16x256xf32>
  }
}
