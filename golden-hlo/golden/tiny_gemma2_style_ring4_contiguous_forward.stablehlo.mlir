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
    %1660:14 = "stablehlo.while"(%12, %11, %0, %10, %4, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
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
      %168 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %169 = "stablehlo.constant"() {value = dense<13> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %170 = "stablehlo.compare"(%71, %169) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %171 = "stablehlo.convert"(%170) {mhlo.sharding = "{manual}"} : (tensor<i1>) -> tensor<i32>
      %172 = "stablehlo.add"(%168, %171) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %1595:9 = "stablehlo.case"(%172) ({
        %173 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %174 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %542:11 = "stablehlo.while"(%174, %173, %159, %160, %161, %31, %71, %32, %163, %165, %167) ({
        ^bb0(%175: tensor<i32>, %176: tensor<i32>, %177: tensor<1x2x2x16x16xf32>, %178: tensor<1x2x16x16xf32>, %179: tensor<1x2x16x16xf32>, %180: tensor<16xi32>, %181: tensor<i32>, %182: tensor<i32>, %183: tensor<1x2x2x16xf32>, %184: tensor<1x2x2x16xf32>, %185: tensor<1x2x2x16x16xf32>):
          %186 = "stablehlo.compare"(%175, %176) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%186) : (tensor<i1>) -> ()
        }, {
        ^bb0(%187: tensor<i32>, %188: tensor<i32>, %189: tensor<1x2x2x16x16xf32>, %190: tensor<1x2x16x16xf32>, %191: tensor<1x2x16x16xf32>, %192: tensor<16xi32>, %193: tensor<i32>, %194: tensor<i32>, %195: tensor<1x2x2x16xf32>, %196: tensor<1x2x2x16xf32>, %197: tensor<1x2x2x16x16xf32>):
          %198 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %199 = "stablehlo.subtract"(%194, %187) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %200 = "stablehlo.add"(%199, %198) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %201 = "stablehlo.remainder"(%200, %198) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %202 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
          %203 = "stablehlo.broadcast_in_dim"(%201) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
          %204 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %205 = "stablehlo.broadcast_in_dim"(%204) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
          %206 = "stablehlo.multiply"(%203, %205) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
          %207 = "stablehlo.add"(%206, %202) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
          %208 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %209 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %537:11 = "stablehlo.while"(%209, %208, %189, %190, %191, %192, %193, %207, %195, %196, %197) ({
          ^bb0(%210: tensor<i32>, %211: tensor<i32>, %212: tensor<1x2x2x16x16xf32>, %213: tensor<1x2x16x16xf32>, %214: tensor<1x2x16x16xf32>, %215: tensor<16xi32>, %216: tensor<i32>, %217: tensor<16xi32>, %218: tensor<1x2x2x16xf32>, %219: tensor<1x2x2x16xf32>, %220: tensor<1x2x2x16x16xf32>):
            %221 = "stablehlo.compare"(%210, %211) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%221) : (tensor<i1>) -> ()
          }, {
          ^bb0(%222: tensor<i32>, %223: tensor<i32>, %224: tensor<1x2x2x16x16xf32>, %225: tensor<1x2x16x16xf32>, %226: tensor<1x2x16x16xf32>, %227: tensor<16xi32>, %228: tensor<i32>, %229: tensor<16xi32>, %230: tensor<1x2x2x16xf32>, %231: tensor<1x2x2x16xf32>, %232: tensor<1x2x2x16x16xf32>):
            %233 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %234 = "stablehlo.multiply"(%222, %233) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %235 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %236 = "stablehlo.dynamic_slice"(%224, %235, %235, %235, %234, %235) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
            %237 = "stablehlo.reshape"(%236) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %238 = "stablehlo.dynamic_slice"(%227, %234) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %239 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %240 = "stablehlo.dynamic_slice"(%230, %239, %239, %239, %234) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
            %241 = "stablehlo.reshape"(%240) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
            %242 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %243 = "stablehlo.dynamic_slice"(%231, %242, %242, %242, %234) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
            %244 = "stablehlo.reshape"(%243) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
            %245 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %246 = "stablehlo.dynamic_slice"(%232, %245, %245, %245, %234, %245) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
            %247 = "stablehlo.reshape"(%246) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %248 = "stablehlo.slice"(%238) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
            %249 = "stablehlo.reshape"(%248) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
            %250 = "stablehlo.slice"(%238) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
            %251 = "stablehlo.reshape"(%250) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
            %252 = "stablehlo.slice"(%229) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
            %253 = "stablehlo.slice"(%229) {limit_indices = array<i64: 16>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
            %254 = "stablehlo.broadcast_in_dim"(%251) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
            %255 = "stablehlo.compare"(%252, %254) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
            %256 = "stablehlo.convert"(%255) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
            %257 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %258 = "stablehlo.reduce"(%256, %257) ({
            ^bb0(%259: tensor<i32>, %260: tensor<i32>):
              %261 = "stablehlo.add"(%259, %260) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%261) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
            %262 = "stablehlo.broadcast_in_dim"(%249) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
            %263 = "stablehlo.compare"(%253, %262) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
            %264 = "stablehlo.convert"(%263) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
            %265 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %266 = "stablehlo.reduce"(%264, %265) ({
            ^bb0(%267: tensor<i32>, %268: tensor<i32>):
              %269 = "stablehlo.add"(%267, %268) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%269) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
            %270 = "stablehlo.minimum"(%266, %258) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %271 = "stablehlo.subtract"(%249, %228) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %272 = "stablehlo.broadcast_in_dim"(%271) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
            %273 = "stablehlo.compare"(%253, %272) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
            %274 = "stablehlo.convert"(%273) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
            %275 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %276 = "stablehlo.reduce"(%274, %275) ({
            ^bb0(%277: tensor<i32>, %278: tensor<i32>):
              %279 = "stablehlo.add"(%277, %278) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%279) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
            %280 = "stablehlo.subtract"(%251, %228) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %281 = "stablehlo.broadcast_in_dim"(%280) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
            %282 = "stablehlo.compare"(%252, %281) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
            %283 = "stablehlo.convert"(%282) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
            %284 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %285 = "stablehlo.reduce"(%283, %284) ({
            ^bb0(%286: tensor<i32>, %287: tensor<i32>):
              %288 = "stablehlo.add"(%286, %287) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%288) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
            %289 = "stablehlo.minimum"(%276, %258) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %290 = "stablehlo.maximum"(%285, %289) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %291 = "stablehlo.minimum"(%290, %258) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %292 = "stablehlo.minimum"(%270, %258) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %293 = "stablehlo.maximum"(%292, %291) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %375:11 = "stablehlo.while"(%289, %291, %237, %238, %228, %225, %226, %229, %241, %244, %247) ({
            ^bb0(%294: tensor<i32>, %295: tensor<i32>, %296: tensor<1x2x16x16xf32>, %297: tensor<8xi32>, %298: tensor<i32>, %299: tensor<1x2x16x16xf32>, %300: tensor<1x2x16x16xf32>, %301: tensor<16xi32>, %302: tensor<1x2x16xf32>, %303: tensor<1x2x16xf32>, %304: tensor<1x2x16x16xf32>):
              %305 = "stablehlo.compare"(%294, %295) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
              "stablehlo.return"(%305) : (tensor<i1>) -> ()
            }, {
            ^bb0(%306: tensor<i32>, %307: tensor<i32>, %308: tensor<1x2x16x16xf32>, %309: tensor<8xi32>, %310: tensor<i32>, %311: tensor<1x2x16x16xf32>, %312: tensor<1x2x16x16xf32>, %313: tensor<16xi32>, %314: tensor<1x2x16xf32>, %315: tensor<1x2x16xf32>, %316: tensor<1x2x16x16xf32>):
              %317 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %318 = "stablehlo.multiply"(%306, %317) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              %319 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %320 = "stablehlo.dynamic_slice"(%311, %319, %319, %318, %319) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %321 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %322 = "stablehlo.dynamic_slice"(%312, %321, %321, %318, %321) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %323 = "stablehlo.dot_general"(%308, %320) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
              %324 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %325 = "stablehlo.broadcast_in_dim"(%324) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %326 = "stablehlo.multiply"(%323, %325) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %327 = "stablehlo.tanh"(%326) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %328 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %329 = "stablehlo.broadcast_in_dim"(%328) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %330 = "stablehlo.multiply"(%327, %329) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %331 = "stablehlo.dynamic_slice"(%313, %318) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
              %332 = "stablehlo.broadcast_in_dim"(%309) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
              %333 = "stablehlo.reshape"(%332) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
              %334 = "stablehlo.broadcast_in_dim"(%331) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
              %335 = "stablehlo.reshape"(%334) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
              %336 = "stablehlo.compare"(%335, %333) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
              %337 = "stablehlo.broadcast_in_dim"(%310) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
              %338 = "stablehlo.subtract"(%333, %337) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
              %339 = "stablehlo.compare"(%335, %338) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
              %340 = "stablehlo.and"(%336, %339) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
              %341 = "stablehlo.broadcast_in_dim"(%340) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
              %342 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %343 = "stablehlo.broadcast_in_dim"(%342) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %344 = "stablehlo.select"(%341, %330, %343) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %345 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %346 = "stablehlo.reduce"(%344, %345) ({
              ^bb0(%347: tensor<f32>, %348: tensor<f32>):
                %349 = "stablehlo.maximum"(%347, %348) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%349) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %350 = "stablehlo.maximum"(%314, %346) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %351 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %352 = "stablehlo.broadcast_in_dim"(%351) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %353 = "stablehlo.compare"(%350, %352) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
              %354 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %355 = "stablehlo.broadcast_in_dim"(%354) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %356 = "stablehlo.select"(%353, %355, %350) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %357 = "stablehlo.broadcast_in_dim"(%356) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
              %358 = "stablehlo.subtract"(%344, %357) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %359 = "stablehlo.exponential"(%358) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %360 = "stablehlo.subtract"(%314, %356) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %361 = "stablehlo.exponential"(%360) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %362 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %363 = "stablehlo.reduce"(%359, %362) ({
              ^bb0(%364: tensor<f32>, %365: tensor<f32>):
                %366 = "stablehlo.add"(%364, %365) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%366) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %367 = "stablehlo.multiply"(%315, %361) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %368 = "stablehlo.add"(%367, %363) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %369 = "stablehlo.dot_general"(%359, %322) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
              %370 = "stablehlo.broadcast_in_dim"(%361) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
              %371 = "stablehlo.multiply"(%316, %370) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %372 = "stablehlo.add"(%371, %369) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %373 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %374 = "stablehlo.add"(%306, %373) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%374, %307, %308, %309, %310, %311, %312, %313, %350, %368, %372) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
            }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
            %443:11 = "stablehlo.while"(%291, %293, %375#2, %375#3, %375#4, %375#5, %375#6, %375#7, %375#8, %375#9, %375#10) ({
            ^bb0(%376: tensor<i32>, %377: tensor<i32>, %378: tensor<1x2x16x16xf32>, %379: tensor<8xi32>, %380: tensor<i32>, %381: tensor<1x2x16x16xf32>, %382: tensor<1x2x16x16xf32>, %383: tensor<16xi32>, %384: tensor<1x2x16xf32>, %385: tensor<1x2x16xf32>, %386: tensor<1x2x16x16xf32>):
              %387 = "stablehlo.compare"(%376, %377) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
              "stablehlo.return"(%387) : (tensor<i1>) -> ()
            }, {
            ^bb0(%388: tensor<i32>, %389: tensor<i32>, %390: tensor<1x2x16x16xf32>, %391: tensor<8xi32>, %392: tensor<i32>, %393: tensor<1x2x16x16xf32>, %394: tensor<1x2x16x16xf32>, %395: tensor<16xi32>, %396: tensor<1x2x16xf32>, %397: tensor<1x2x16xf32>, %398: tensor<1x2x16x16xf32>):
              %399 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %400 = "stablehlo.multiply"(%388, %399) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              %401 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %402 = "stablehlo.dynamic_slice"(%393, %401, %401, %400, %401) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %403 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %404 = "stablehlo.dynamic_slice"(%394, %403, %403, %400, %403) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %405 = "stablehlo.dot_general"(%390, %402) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
              %406 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %407 = "stablehlo.broadcast_in_dim"(%406) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %408 = "stablehlo.multiply"(%405, %407) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %409 = "stablehlo.tanh"(%408) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %410 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %411 = "stablehlo.broadcast_in_dim"(%410) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %412 = "stablehlo.multiply"(%409, %411) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %413 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %414 = "stablehlo.reduce"(%412, %413) ({
              ^bb0(%415: tensor<f32>, %416: tensor<f32>):
                %417 = "stablehlo.maximum"(%415, %416) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%417) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %418 = "stablehlo.maximum"(%396, %414) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %419 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %420 = "stablehlo.broadcast_in_dim"(%419) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %421 = "stablehlo.compare"(%418, %420) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
              %422 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %423 = "stablehlo.broadcast_in_dim"(%422) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %424 = "stablehlo.select"(%421, %423, %418) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %425 = "stablehlo.broadcast_in_dim"(%424) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
              %426 = "stablehlo.subtract"(%412, %425) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %427 = "stablehlo.exponential"(%426) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %428 = "stablehlo.subtract"(%396, %424) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %429 = "stablehlo.exponential"(%428) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %430 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %431 = "stablehlo.reduce"(%427, %430) ({
              ^bb0(%432: tensor<f32>, %433: tensor<f32>):
                %434 = "stablehlo.add"(%432, %433) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%434) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %435 = "stablehlo.multiply"(%397, %429) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %436 = "stablehlo.add"(%435, %431) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %437 = "stablehlo.dot_general"(%427, %404) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
              %438 = "stablehlo.broadcast_in_dim"(%429) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
              %439 = "stablehlo.multiply"(%398, %438) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %440 = "stablehlo.add"(%439, %437) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %441 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %442 = "stablehlo.add"(%388, %441) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%442, %389, %390, %391, %392, %393, %394, %395, %418, %436, %440) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
            }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
            %525:11 = "stablehlo.while"(%293, %258, %443#2, %443#3, %443#4, %443#5, %443#6, %443#7, %443#8, %443#9, %443#10) ({
            ^bb0(%444: tensor<i32>, %445: tensor<i32>, %446: tensor<1x2x16x16xf32>, %447: tensor<8xi32>, %448: tensor<i32>, %449: tensor<1x2x16x16xf32>, %450: tensor<1x2x16x16xf32>, %451: tensor<16xi32>, %452: tensor<1x2x16xf32>, %453: tensor<1x2x16xf32>, %454: tensor<1x2x16x16xf32>):
              %455 = "stablehlo.compare"(%444, %445) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
              "stablehlo.return"(%455) : (tensor<i1>) -> ()
            }, {
            ^bb0(%456: tensor<i32>, %457: tensor<i32>, %458: tensor<1x2x16x16xf32>, %459: tensor<8xi32>, %460: tensor<i32>, %461: tensor<1x2x16x16xf32>, %462: tensor<1x2x16x16xf32>, %463: tensor<16xi32>, %464: tensor<1x2x16xf32>, %465: tensor<1x2x16xf32>, %466: tensor<1x2x16x16xf32>):
              %467 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %468 = "stablehlo.multiply"(%456, %467) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              %469 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %470 = "stablehlo.dynamic_slice"(%461, %469, %469, %468, %469) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %471 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %472 = "stablehlo.dynamic_slice"(%462, %471, %471, %468, %471) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %473 = "stablehlo.dot_general"(%458, %470) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
              %474 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %475 = "stablehlo.broadcast_in_dim"(%474) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %476 = "stablehlo.multiply"(%473, %475) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %477 = "stablehlo.tanh"(%476) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %478 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %479 = "stablehlo.broadcast_in_dim"(%478) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %480 = "stablehlo.multiply"(%477, %479) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %481 = "stablehlo.dynamic_slice"(%463, %468) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
              %482 = "stablehlo.broadcast_in_dim"(%459) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
              %483 = "stablehlo.reshape"(%482) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
              %484 = "stablehlo.broadcast_in_dim"(%481) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
              %485 = "stablehlo.reshape"(%484) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
              %486 = "stablehlo.compare"(%485, %483) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
              %487 = "stablehlo.broadcast_in_dim"(%460) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
              %488 = "stablehlo.subtract"(%483, %487) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
              %489 = "stablehlo.compare"(%485, %488) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
              %490 = "stablehlo.and"(%486, %489) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
              %491 = "stablehlo.broadcast_in_dim"(%490) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
              %492 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %493 = "stablehlo.broadcast_in_dim"(%492) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %494 = "stablehlo.select"(%491, %480, %493) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %495 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %496 = "stablehlo.reduce"(%494, %495) ({
              ^bb0(%497: tensor<f32>, %498: tensor<f32>):
                %499 = "stablehlo.maximum"(%497, %498) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%499) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %500 = "stablehlo.maximum"(%464, %496) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %501 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %502 = "stablehlo.broadcast_in_dim"(%501) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %503 = "stablehlo.compare"(%500, %502) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
              %504 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %505 = "stablehlo.broadcast_in_dim"(%504) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %506 = "stablehlo.select"(%503, %505, %500) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %507 = "stablehlo.broadcast_in_dim"(%506) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
              %508 = "stablehlo.subtract"(%494, %507) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %509 = "stablehlo.exponential"(%508) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %510 = "stablehlo.subtract"(%464, %506) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %511 = "stablehlo.exponential"(%510) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %512 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %513 = "stablehlo.reduce"(%509, %512) ({
              ^bb0(%514: tensor<f32>, %515: tensor<f32>):
                %516 = "stablehlo.add"(%514, %515) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%516) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %517 = "stablehlo.multiply"(%465, %511) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %518 = "stablehlo.add"(%517, %513) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %519 = "stablehlo.dot_general"(%509, %472) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
              %520 = "stablehlo.broadcast_in_dim"(%511) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
              %521 = "stablehlo.multiply"(%466, %520) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %522 = "stablehlo.add"(%521, %519) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %523 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %524 = "stablehlo.add"(%456, %523) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%524, %457, %458, %459, %460, %461, %462, %463, %500, %518, %522) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
            }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
            %526 = "stablehlo.reshape"(%525#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
            %527 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %528 = "stablehlo.dynamic_update_slice"(%230, %526, %527, %527, %527, %234) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
            %529 = "stablehlo.reshape"(%525#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
            %530 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %531 = "stablehlo.dynamic_update_slice"(%231, %529, %530, %530, %530, %234) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
            %532 = "stablehlo.reshape"(%525#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
            %533 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %534 = "stablehlo.dynamic_update_slice"(%232, %532, %533, %533, %533, %234, %533) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x16xf32>
            %535 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %536 = "stablehlo.add"(%222, %535) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%536, %223, %224, %225, %226, %227, %228, %229, %528, %531, %534) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
          %538 = "stablehlo.collective_permute"(%190) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %539 = "stablehlo.collective_permute"(%191) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %540 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %541 = "stablehlo.add"(%187, %540) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%541, %188, %537#2, %538, %539, %537#5, %537#6, %194, %537#8, %537#9, %537#10) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
        %543 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %544 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %545 = "stablehlo.subtract"(%542#7, %543) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %546 = "stablehlo.add"(%545, %544) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %547 = "stablehlo.remainder"(%546, %544) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %548 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
        %549 = "stablehlo.broadcast_in_dim"(%547) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
        %550 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %551 = "stablehlo.broadcast_in_dim"(%550) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
        %552 = "stablehlo.multiply"(%549, %551) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
        %553 = "stablehlo.add"(%552, %548) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
        %554 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %555 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %883:11 = "stablehlo.while"(%555, %554, %542#2, %542#3, %542#4, %542#5, %542#6, %553, %542#8, %542#9, %542#10) ({
        ^bb0(%556: tensor<i32>, %557: tensor<i32>, %558: tensor<1x2x2x16x16xf32>, %559: tensor<1x2x16x16xf32>, %560: tensor<1x2x16x16xf32>, %561: tensor<16xi32>, %562: tensor<i32>, %563: tensor<16xi32>, %564: tensor<1x2x2x16xf32>, %565: tensor<1x2x2x16xf32>, %566: tensor<1x2x2x16x16xf32>):
          %567 = "stablehlo.compare"(%556, %557) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%567) : (tensor<i1>) -> ()
        }, {
        ^bb0(%568: tensor<i32>, %569: tensor<i32>, %570: tensor<1x2x2x16x16xf32>, %571: tensor<1x2x16x16xf32>, %572: tensor<1x2x16x16xf32>, %573: tensor<16xi32>, %574: tensor<i32>, %575: tensor<16xi32>, %576: tensor<1x2x2x16xf32>, %577: tensor<1x2x2x16xf32>, %578: tensor<1x2x2x16x16xf32>):
          %579 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %580 = "stablehlo.multiply"(%568, %579) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %581 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %582 = "stablehlo.dynamic_slice"(%570, %581, %581, %581, %580, %581) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %583 = "stablehlo.reshape"(%582) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %584 = "stablehlo.dynamic_slice"(%573, %580) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
          %585 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %586 = "stablehlo.dynamic_slice"(%576, %585, %585, %585, %580) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %587 = "stablehlo.reshape"(%586) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %588 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %589 = "stablehlo.dynamic_slice"(%577, %588, %588, %588, %580) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %590 = "stablehlo.reshape"(%589) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %591 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %592 = "stablehlo.dynamic_slice"(%578, %591, %591, %591, %580, %591) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %593 = "stablehlo.reshape"(%592) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %594 = "stablehlo.slice"(%584) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %595 = "stablehlo.reshape"(%594) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %596 = "stablehlo.slice"(%584) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %597 = "stablehlo.reshape"(%596) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %598 = "stablehlo.slice"(%575) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
          %599 = "stablehlo.slice"(%575) {limit_indices = array<i64: 16>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
          %600 = "stablehlo.broadcast_in_dim"(%597) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %601 = "stablehlo.compare"(%598, %600) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %602 = "stablehlo.convert"(%601) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %603 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %604 = "stablehlo.reduce"(%602, %603) ({
          ^bb0(%605: tensor<i32>, %606: tensor<i32>):
            %607 = "stablehlo.add"(%605, %606) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%607) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %608 = "stablehlo.broadcast_in_dim"(%595) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %609 = "stablehlo.compare"(%599, %608) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %610 = "stablehlo.convert"(%609) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %611 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %612 = "stablehlo.reduce"(%610, %611) ({
          ^bb0(%613: tensor<i32>, %614: tensor<i32>):
            %615 = "stablehlo.add"(%613, %614) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%615) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %616 = "stablehlo.minimum"(%612, %604) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %617 = "stablehlo.subtract"(%595, %574) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %618 = "stablehlo.broadcast_in_dim"(%617) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %619 = "stablehlo.compare"(%599, %618) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %620 = "stablehlo.convert"(%619) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %621 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %622 = "stablehlo.reduce"(%620, %621) ({
          ^bb0(%623: tensor<i32>, %624: tensor<i32>):
            %625 = "stablehlo.add"(%623, %624) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%625) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %626 = "stablehlo.subtract"(%597, %574) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %627 = "stablehlo.broadcast_in_dim"(%626) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %628 = "stablehlo.compare"(%598, %627) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %629 = "stablehlo.convert"(%628) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %630 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %631 = "stablehlo.reduce"(%629, %630) ({
          ^bb0(%632: tensor<i32>, %633: tensor<i32>):
            %634 = "stablehlo.add"(%632, %633) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%634) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %635 = "stablehlo.minimum"(%622, %604) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %636 = "stablehlo.maximum"(%631, %635) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %637 = "stablehlo.minimum"(%636, %604) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %638 = "stablehlo.minimum"(%616, %604) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %639 = "stablehlo.maximum"(%638, %637) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %721:11 = "stablehlo.while"(%635, %637, %583, %584, %574, %571, %572, %575, %587, %590, %593) ({
          ^bb0(%640: tensor<i32>, %641: tensor<i32>, %642: tensor<1x2x16x16xf32>, %643: tensor<8xi32>, %644: tensor<i32>, %645: tensor<1x2x16x16xf32>, %646: tensor<1x2x16x16xf32>, %647: tensor<16xi32>, %648: tensor<1x2x16xf32>, %649: tensor<1x2x16xf32>, %650: tensor<1x2x16x16xf32>):
            %651 = "stablehlo.compare"(%640, %641) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%651) : (tensor<i1>) -> ()
          }, {
          ^bb0(%652: tensor<i32>, %653: tensor<i32>, %654: tensor<1x2x16x16xf32>, %655: tensor<8xi32>, %656: tensor<i32>, %657: tensor<1x2x16x16xf32>, %658: tensor<1x2x16x16xf32>, %659: tensor<16xi32>, %660: tensor<1x2x16xf32>, %661: tensor<1x2x16xf32>, %662: tensor<1x2x16x16xf32>):
            %663 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %664 = "stablehlo.multiply"(%652, %663) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %665 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %666 = "stablehlo.dynamic_slice"(%657, %665, %665, %664, %665) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %667 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %668 = "stablehlo.dynamic_slice"(%658, %667, %667, %664, %667) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %669 = "stablehlo.dot_general"(%654, %666) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %670 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %671 = "stablehlo.broadcast_in_dim"(%670) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %672 = "stablehlo.multiply"(%669, %671) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %673 = "stablehlo.tanh"(%672) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %674 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %675 = "stablehlo.broadcast_in_dim"(%674) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %676 = "stablehlo.multiply"(%673, %675) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %677 = "stablehlo.dynamic_slice"(%659, %664) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %678 = "stablehlo.broadcast_in_dim"(%655) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %679 = "stablehlo.reshape"(%678) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %680 = "stablehlo.broadcast_in_dim"(%677) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %681 = "stablehlo.reshape"(%680) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %682 = "stablehlo.compare"(%681, %679) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %683 = "stablehlo.broadcast_in_dim"(%656) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
            %684 = "stablehlo.subtract"(%679, %683) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
            %685 = "stablehlo.compare"(%681, %684) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %686 = "stablehlo.and"(%682, %685) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
            %687 = "stablehlo.broadcast_in_dim"(%686) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %688 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %689 = "stablehlo.broadcast_in_dim"(%688) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %690 = "stablehlo.select"(%687, %676, %689) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %691 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %692 = "stablehlo.reduce"(%690, %691) ({
            ^bb0(%693: tensor<f32>, %694: tensor<f32>):
              %695 = "stablehlo.maximum"(%693, %694) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%695) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %696 = "stablehlo.maximum"(%660, %692) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %697 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %698 = "stablehlo.broadcast_in_dim"(%697) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %699 = "stablehlo.compare"(%696, %698) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %700 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %701 = "stablehlo.broadcast_in_dim"(%700) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %702 = "stablehlo.select"(%699, %701, %696) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %703 = "stablehlo.broadcast_in_dim"(%702) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %704 = "stablehlo.subtract"(%690, %703) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %705 = "stablehlo.exponential"(%704) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %706 = "stablehlo.subtract"(%660, %702) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %707 = "stablehlo.exponential"(%706) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %708 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %709 = "stablehlo.reduce"(%705, %708) ({
            ^bb0(%710: tensor<f32>, %711: tensor<f32>):
              %712 = "stablehlo.add"(%710, %711) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%712) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %713 = "stablehlo.multiply"(%661, %707) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %714 = "stablehlo.add"(%713, %709) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %715 = "stablehlo.dot_general"(%705, %668) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %716 = "stablehlo.broadcast_in_dim"(%707) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %717 = "stablehlo.multiply"(%662, %716) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %718 = "stablehlo.add"(%717, %715) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %719 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %720 = "stablehlo.add"(%652, %719) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%720, %653, %654, %655, %656, %657, %658, %659, %696, %714, %718) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %789:11 = "stablehlo.while"(%637, %639, %721#2, %721#3, %721#4, %721#5, %721#6, %721#7, %721#8, %721#9, %721#10) ({
          ^bb0(%722: tensor<i32>, %723: tensor<i32>, %724: tensor<1x2x16x16xf32>, %725: tensor<8xi32>, %726: tensor<i32>, %727: tensor<1x2x16x16xf32>, %728: tensor<1x2x16x16xf32>, %729: tensor<16xi32>, %730: tensor<1x2x16xf32>, %731: tensor<1x2x16xf32>, %732: tensor<1x2x16x16xf32>):
            %733 = "stablehlo.compare"(%722, %723) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%733) : (tensor<i1>) -> ()
          }, {
          ^bb0(%734: tensor<i32>, %735: tensor<i32>, %736: tensor<1x2x16x16xf32>, %737: tensor<8xi32>, %738: tensor<i32>, %739: tensor<1x2x16x16xf32>, %740: tensor<1x2x16x16xf32>, %741: tensor<16xi32>, %742: tensor<1x2x16xf32>, %743: tensor<1x2x16xf32>, %744: tensor<1x2x16x16xf32>):
            %745 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %746 = "stablehlo.multiply"(%734, %745) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %747 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %748 = "stablehlo.dynamic_slice"(%739, %747, %747, %746, %747) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %749 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %750 = "stablehlo.dynamic_slice"(%740, %749, %749, %746, %749) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %751 = "stablehlo.dot_general"(%736, %748) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %752 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %753 = "stablehlo.broadcast_in_dim"(%752) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %754 = "stablehlo.multiply"(%751, %753) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %755 = "stablehlo.tanh"(%754) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %756 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %757 = "stablehlo.broadcast_in_dim"(%756) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %758 = "stablehlo.multiply"(%755, %757) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %759 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %760 = "stablehlo.reduce"(%758, %759) ({
            ^bb0(%761: tensor<f32>, %762: tensor<f32>):
              %763 = "stablehlo.maximum"(%761, %762) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%763) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %764 = "stablehlo.maximum"(%742, %760) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %765 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %766 = "stablehlo.broadcast_in_dim"(%765) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %767 = "stablehlo.compare"(%764, %766) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %768 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %769 = "stablehlo.broadcast_in_dim"(%768) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %770 = "stablehlo.select"(%767, %769, %764) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %771 = "stablehlo.broadcast_in_dim"(%770) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %772 = "stablehlo.subtract"(%758, %771) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %773 = "stablehlo.exponential"(%772) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %774 = "stablehlo.subtract"(%742, %770) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %775 = "stablehlo.exponential"(%774) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %776 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %777 = "stablehlo.reduce"(%773, %776) ({
            ^bb0(%778: tensor<f32>, %779: tensor<f32>):
              %780 = "stablehlo.add"(%778, %779) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%780) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %781 = "stablehlo.multiply"(%743, %775) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %782 = "stablehlo.add"(%781, %777) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %783 = "stablehlo.dot_general"(%773, %750) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %784 = "stablehlo.broadcast_in_dim"(%775) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %785 = "stablehlo.multiply"(%744, %784) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %786 = "stablehlo.add"(%785, %783) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %787 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %788 = "stablehlo.add"(%734, %787) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%788, %735, %736, %737, %738, %739, %740, %741, %764, %782, %786) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %871:11 = "stablehlo.while"(%639, %604, %789#2, %789#3, %789#4, %789#5, %789#6, %789#7, %789#8, %789#9, %789#10) ({
          ^bb0(%790: tensor<i32>, %791: tensor<i32>, %792: tensor<1x2x16x16xf32>, %793: tensor<8xi32>, %794: tensor<i32>, %795: tensor<1x2x16x16xf32>, %796: tensor<1x2x16x16xf32>, %797: tensor<16xi32>, %798: tensor<1x2x16xf32>, %799: tensor<1x2x16xf32>, %800: tensor<1x2x16x16xf32>):
            %801 = "stablehlo.compare"(%790, %791) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%801) : (tensor<i1>) -> ()
          }, {
          ^bb0(%802: tensor<i32>, %803: tensor<i32>, %804: tensor<1x2x16x16xf32>, %805: tensor<8xi32>, %806: tensor<i32>, %807: tensor<1x2x16x16xf32>, %808: tensor<1x2x16x16xf32>, %809: tensor<16xi32>, %810: tensor<1x2x16xf32>, %811: tensor<1x2x16xf32>, %812: tensor<1x2x16x16xf32>):
            %813 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %814 = "stablehlo.multiply"(%802, %813) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %815 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %816 = "stablehlo.dynamic_slice"(%807, %815, %815, %814, %815) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %817 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %818 = "stablehlo.dynamic_slice"(%808, %817, %817, %814, %817) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %819 = "stablehlo.dot_general"(%804, %816) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %820 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %821 = "stablehlo.broadcast_in_dim"(%820) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %822 = "stablehlo.multiply"(%819, %821) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %823 = "stablehlo.tanh"(%822) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %824 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %825 = "stablehlo.broadcast_in_dim"(%824) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %826 = "stablehlo.multiply"(%823, %825) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %827 = "stablehlo.dynamic_slice"(%809, %814) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %828 = "stablehlo.broadcast_in_dim"(%805) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %829 = "stablehlo.reshape"(%828) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %830 = "stablehlo.broadcast_in_dim"(%827) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %831 = "stablehlo.reshape"(%830) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %832 = "stablehlo.compare"(%831, %829) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %833 = "stablehlo.broadcast_in_dim"(%806) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
            %834 = "stablehlo.subtract"(%829, %833) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
            %835 = "stablehlo.compare"(%831, %834) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %836 = "stablehlo.and"(%832, %835) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
            %837 = "stablehlo.broadcast_in_dim"(%836) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %838 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %839 = "stablehlo.broadcast_in_dim"(%838) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %840 = "stablehlo.select"(%837, %826, %839) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %841 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %842 = "stablehlo.reduce"(%840, %841) ({
            ^bb0(%843: tensor<f32>, %844: tensor<f32>):
              %845 = "stablehlo.maximum"(%843, %844) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%845) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %846 = "stablehlo.maximum"(%810, %842) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %847 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %848 = "stablehlo.broadcast_in_dim"(%847) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %849 = "stablehlo.compare"(%846, %848) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %850 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %851 = "stablehlo.broadcast_in_dim"(%850) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %852 = "stablehlo.select"(%849, %851, %846) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %853 = "stablehlo.broadcast_in_dim"(%852) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %854 = "stablehlo.subtract"(%840, %853) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %855 = "stablehlo.exponential"(%854) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %856 = "stablehlo.subtract"(%810, %852) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %857 = "stablehlo.exponential"(%856) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %858 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %859 = "stablehlo.reduce"(%855, %858) ({
            ^bb0(%860: tensor<f32>, %861: tensor<f32>):
              %862 = "stablehlo.add"(%860, %861) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%862) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %863 = "stablehlo.multiply"(%811, %857) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %864 = "stablehlo.add"(%863, %859) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %865 = "stablehlo.dot_general"(%855, %818) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %866 = "stablehlo.broadcast_in_dim"(%857) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %867 = "stablehlo.multiply"(%812, %866) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %868 = "stablehlo.add"(%867, %865) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %869 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %870 = "stablehlo.add"(%802, %869) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%870, %803, %804, %805, %806, %807, %808, %809, %846, %864, %868) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %872 = "stablehlo.reshape"(%871#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %873 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %874 = "stablehlo.dynamic_update_slice"(%576, %872, %873, %873, %873, %580) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
          %875 = "stablehlo.reshape"(%871#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %876 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %877 = "stablehlo.dynamic_update_slice"(%577, %875, %876, %876, %876, %580) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
          %878 = "stablehlo.reshape"(%871#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %879 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %880 = "stablehlo.dynamic_update_slice"(%578, %878, %879, %879, %879, %580, %879) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x16xf32>
          %881 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %882 = "stablehlo.add"(%568, %881) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%882, %569, %570, %571, %572, %573, %574, %575, %874, %877, %880) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
        "stablehlo.return"(%883#2, %883#3, %883#4, %883#5, %883#6, %542#7, %883#8, %883#9, %883#10) : (tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
      }, {
        %884 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %885 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1253:11 = "stablehlo.while"(%885, %884, %159, %160, %161, %31, %71, %32, %163, %165, %167) ({
        ^bb0(%886: tensor<i32>, %887: tensor<i32>, %888: tensor<1x2x2x16x16xf32>, %889: tensor<1x2x16x16xf32>, %890: tensor<1x2x16x16xf32>, %891: tensor<16xi32>, %892: tensor<i32>, %893: tensor<i32>, %894: tensor<1x2x2x16xf32>, %895: tensor<1x2x2x16xf32>, %896: tensor<1x2x2x16x16xf32>):
          %897 = "stablehlo.compare"(%886, %887) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%897) : (tensor<i1>) -> ()
        }, {
        ^bb0(%898: tensor<i32>, %899: tensor<i32>, %900: tensor<1x2x2x16x16xf32>, %901: tensor<1x2x16x16xf32>, %902: tensor<1x2x16x16xf32>, %903: tensor<16xi32>, %904: tensor<i32>, %905: tensor<i32>, %906: tensor<1x2x2x16xf32>, %907: tensor<1x2x2x16xf32>, %908: tensor<1x2x2x16x16xf32>):
          %909 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %910 = "stablehlo.subtract"(%905, %898) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %911 = "stablehlo.add"(%910, %909) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %912 = "stablehlo.remainder"(%911, %909) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %913 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
          %914 = "stablehlo.broadcast_in_dim"(%912) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
          %915 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %916 = "stablehlo.broadcast_in_dim"(%915) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
          %917 = "stablehlo.multiply"(%914, %916) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
          %918 = "stablehlo.add"(%917, %913) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
          %919 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %920 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1248:11 = "stablehlo.while"(%920, %919, %900, %901, %902, %903, %904, %918, %906, %907, %908) ({
          ^bb0(%921: tensor<i32>, %922: tensor<i32>, %923: tensor<1x2x2x16x16xf32>, %924: tensor<1x2x16x16xf32>, %925: tensor<1x2x16x16xf32>, %926: tensor<16xi32>, %927: tensor<i32>, %928: tensor<16xi32>, %929: tensor<1x2x2x16xf32>, %930: tensor<1x2x2x16xf32>, %931: tensor<1x2x2x16x16xf32>):
            %932 = "stablehlo.compare"(%921, %922) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%932) : (tensor<i1>) -> ()
          }, {
          ^bb0(%933: tensor<i32>, %934: tensor<i32>, %935: tensor<1x2x2x16x16xf32>, %936: tensor<1x2x16x16xf32>, %937: tensor<1x2x16x16xf32>, %938: tensor<16xi32>, %939: tensor<i32>, %940: tensor<16xi32>, %941: tensor<1x2x2x16xf32>, %942: tensor<1x2x2x16xf32>, %943: tensor<1x2x2x16x16xf32>):
            %944 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %945 = "stablehlo.multiply"(%933, %944) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %946 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %947 = "stablehlo.dynamic_slice"(%935, %946, %946, %946, %945, %946) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
            %948 = "stablehlo.reshape"(%947) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %949 = "stablehlo.dynamic_slice"(%938, %945) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %950 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %951 = "stablehlo.dynamic_slice"(%941, %950, %950, %950, %945) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
            %952 = "stablehlo.reshape"(%951) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
            %953 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %954 = "stablehlo.dynamic_slice"(%942, %953, %953, %953, %945) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
            %955 = "stablehlo.reshape"(%954) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
            %956 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %957 = "stablehlo.dynamic_slice"(%943, %956, %956, %956, %945, %956) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
            %958 = "stablehlo.reshape"(%957) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %959 = "stablehlo.slice"(%949) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
            %960 = "stablehlo.reshape"(%959) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
            %961 = "stablehlo.slice"(%949) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
            %962 = "stablehlo.reshape"(%961) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
            %963 = "stablehlo.slice"(%940) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
            %964 = "stablehlo.slice"(%940) {limit_indices = array<i64: 16>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
            %965 = "stablehlo.broadcast_in_dim"(%962) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
            %966 = "stablehlo.compare"(%963, %965) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
            %967 = "stablehlo.convert"(%966) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
            %968 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %969 = "stablehlo.reduce"(%967, %968) ({
            ^bb0(%970: tensor<i32>, %971: tensor<i32>):
              %972 = "stablehlo.add"(%970, %971) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%972) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
            %973 = "stablehlo.broadcast_in_dim"(%960) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
            %974 = "stablehlo.compare"(%964, %973) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
            %975 = "stablehlo.convert"(%974) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
            %976 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %977 = "stablehlo.reduce"(%975, %976) ({
            ^bb0(%978: tensor<i32>, %979: tensor<i32>):
              %980 = "stablehlo.add"(%978, %979) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%980) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
            %981 = "stablehlo.minimum"(%977, %969) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %982 = "stablehlo.subtract"(%960, %939) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %983 = "stablehlo.broadcast_in_dim"(%982) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
            %984 = "stablehlo.compare"(%964, %983) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
            %985 = "stablehlo.convert"(%984) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
            %986 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %987 = "stablehlo.reduce"(%985, %986) ({
            ^bb0(%988: tensor<i32>, %989: tensor<i32>):
              %990 = "stablehlo.add"(%988, %989) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%990) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
            %991 = "stablehlo.subtract"(%962, %939) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %992 = "stablehlo.broadcast_in_dim"(%991) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
            %993 = "stablehlo.compare"(%963, %992) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
            %994 = "stablehlo.convert"(%993) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
            %995 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %996 = "stablehlo.reduce"(%994, %995) ({
            ^bb0(%997: tensor<i32>, %998: tensor<i32>):
              %999 = "stablehlo.add"(%997, %998) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%999) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
            %1000 = "stablehlo.minimum"(%987, %969) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1001 = "stablehlo.maximum"(%996, %1000) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1002 = "stablehlo.minimum"(%1001, %969) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1003 = "stablehlo.minimum"(%981, %969) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1004 = "stablehlo.maximum"(%1003, %1002) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1086:11 = "stablehlo.while"(%1000, %1002, %948, %949, %939, %936, %937, %940, %952, %955, %958) ({
            ^bb0(%1005: tensor<i32>, %1006: tensor<i32>, %1007: tensor<1x2x16x16xf32>, %1008: tensor<8xi32>, %1009: tensor<i32>, %1010: tensor<1x2x16x16xf32>, %1011: tensor<1x2x16x16xf32>, %1012: tensor<16xi32>, %1013: tensor<1x2x16xf32>, %1014: tensor<1x2x16xf32>, %1015: tensor<1x2x16x16xf32>):
              %1016 = "stablehlo.compare"(%1005, %1006) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
              "stablehlo.return"(%1016) : (tensor<i1>) -> ()
            }, {
            ^bb0(%1017: tensor<i32>, %1018: tensor<i32>, %1019: tensor<1x2x16x16xf32>, %1020: tensor<8xi32>, %1021: tensor<i32>, %1022: tensor<1x2x16x16xf32>, %1023: tensor<1x2x16x16xf32>, %1024: tensor<16xi32>, %1025: tensor<1x2x16xf32>, %1026: tensor<1x2x16xf32>, %1027: tensor<1x2x16x16xf32>):
              %1028 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1029 = "stablehlo.multiply"(%1017, %1028) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              %1030 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1031 = "stablehlo.dynamic_slice"(%1022, %1030, %1030, %1029, %1030) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %1032 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1033 = "stablehlo.dynamic_slice"(%1023, %1032, %1032, %1029, %1032) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %1034 = "stablehlo.dot_general"(%1019, %1031) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
              %1035 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1036 = "stablehlo.broadcast_in_dim"(%1035) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %1037 = "stablehlo.multiply"(%1034, %1036) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1038 = "stablehlo.tanh"(%1037) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1039 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1040 = "stablehlo.broadcast_in_dim"(%1039) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %1041 = "stablehlo.multiply"(%1038, %1040) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1042 = "stablehlo.dynamic_slice"(%1024, %1029) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
              %1043 = "stablehlo.broadcast_in_dim"(%1020) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
              %1044 = "stablehlo.reshape"(%1043) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
              %1045 = "stablehlo.broadcast_in_dim"(%1042) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
              %1046 = "stablehlo.reshape"(%1045) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
              %1047 = "stablehlo.compare"(%1046, %1044) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
              %1048 = "stablehlo.broadcast_in_dim"(%1021) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
              %1049 = "stablehlo.subtract"(%1044, %1048) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
              %1050 = "stablehlo.compare"(%1046, %1049) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
              %1051 = "stablehlo.and"(%1047, %1050) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
              %1052 = "stablehlo.broadcast_in_dim"(%1051) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
              %1053 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1054 = "stablehlo.broadcast_in_dim"(%1053) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %1055 = "stablehlo.select"(%1052, %1041, %1054) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1056 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1057 = "stablehlo.reduce"(%1055, %1056) ({
              ^bb0(%1058: tensor<f32>, %1059: tensor<f32>):
                %1060 = "stablehlo.maximum"(%1058, %1059) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%1060) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %1061 = "stablehlo.maximum"(%1025, %1057) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1062 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1063 = "stablehlo.broadcast_in_dim"(%1062) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %1064 = "stablehlo.compare"(%1061, %1063) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
              %1065 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1066 = "stablehlo.broadcast_in_dim"(%1065) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %1067 = "stablehlo.select"(%1064, %1066, %1061) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1068 = "stablehlo.broadcast_in_dim"(%1067) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
              %1069 = "stablehlo.subtract"(%1055, %1068) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1070 = "stablehlo.exponential"(%1069) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1071 = "stablehlo.subtract"(%1025, %1067) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1072 = "stablehlo.exponential"(%1071) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1073 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1074 = "stablehlo.reduce"(%1070, %1073) ({
              ^bb0(%1075: tensor<f32>, %1076: tensor<f32>):
                %1077 = "stablehlo.add"(%1075, %1076) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%1077) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %1078 = "stablehlo.multiply"(%1026, %1072) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1079 = "stablehlo.add"(%1078, %1074) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1080 = "stablehlo.dot_general"(%1070, %1033) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
              %1081 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
              %1082 = "stablehlo.multiply"(%1027, %1081) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %1083 = "stablehlo.add"(%1082, %1080) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %1084 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1085 = "stablehlo.add"(%1017, %1084) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%1085, %1018, %1019, %1020, %1021, %1022, %1023, %1024, %1061, %1079, %1083) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
            }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
            %1154:11 = "stablehlo.while"(%1002, %1004, %1086#2, %1086#3, %1086#4, %1086#5, %1086#6, %1086#7, %1086#8, %1086#9, %1086#10) ({
            ^bb0(%1087: tensor<i32>, %1088: tensor<i32>, %1089: tensor<1x2x16x16xf32>, %1090: tensor<8xi32>, %1091: tensor<i32>, %1092: tensor<1x2x16x16xf32>, %1093: tensor<1x2x16x16xf32>, %1094: tensor<16xi32>, %1095: tensor<1x2x16xf32>, %1096: tensor<1x2x16xf32>, %1097: tensor<1x2x16x16xf32>):
              %1098 = "stablehlo.compare"(%1087, %1088) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
              "stablehlo.return"(%1098) : (tensor<i1>) -> ()
            }, {
            ^bb0(%1099: tensor<i32>, %1100: tensor<i32>, %1101: tensor<1x2x16x16xf32>, %1102: tensor<8xi32>, %1103: tensor<i32>, %1104: tensor<1x2x16x16xf32>, %1105: tensor<1x2x16x16xf32>, %1106: tensor<16xi32>, %1107: tensor<1x2x16xf32>, %1108: tensor<1x2x16xf32>, %1109: tensor<1x2x16x16xf32>):
              %1110 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1111 = "stablehlo.multiply"(%1099, %1110) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              %1112 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1113 = "stablehlo.dynamic_slice"(%1104, %1112, %1112, %1111, %1112) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %1114 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1115 = "stablehlo.dynamic_slice"(%1105, %1114, %1114, %1111, %1114) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %1116 = "stablehlo.dot_general"(%1101, %1113) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
              %1117 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1118 = "stablehlo.broadcast_in_dim"(%1117) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %1119 = "stablehlo.multiply"(%1116, %1118) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1120 = "stablehlo.tanh"(%1119) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1121 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1122 = "stablehlo.broadcast_in_dim"(%1121) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %1123 = "stablehlo.multiply"(%1120, %1122) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1124 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1125 = "stablehlo.reduce"(%1123, %1124) ({
              ^bb0(%1126: tensor<f32>, %1127: tensor<f32>):
                %1128 = "stablehlo.maximum"(%1126, %1127) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%1128) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %1129 = "stablehlo.maximum"(%1107, %1125) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1130 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1131 = "stablehlo.broadcast_in_dim"(%1130) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %1132 = "stablehlo.compare"(%1129, %1131) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
              %1133 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1134 = "stablehlo.broadcast_in_dim"(%1133) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %1135 = "stablehlo.select"(%1132, %1134, %1129) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1136 = "stablehlo.broadcast_in_dim"(%1135) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
              %1137 = "stablehlo.subtract"(%1123, %1136) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1138 = "stablehlo.exponential"(%1137) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1139 = "stablehlo.subtract"(%1107, %1135) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1140 = "stablehlo.exponential"(%1139) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1141 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1142 = "stablehlo.reduce"(%1138, %1141) ({
              ^bb0(%1143: tensor<f32>, %1144: tensor<f32>):
                %1145 = "stablehlo.add"(%1143, %1144) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%1145) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %1146 = "stablehlo.multiply"(%1108, %1140) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1147 = "stablehlo.add"(%1146, %1142) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1148 = "stablehlo.dot_general"(%1138, %1115) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
              %1149 = "stablehlo.broadcast_in_dim"(%1140) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
              %1150 = "stablehlo.multiply"(%1109, %1149) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %1151 = "stablehlo.add"(%1150, %1148) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %1152 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1153 = "stablehlo.add"(%1099, %1152) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%1153, %1100, %1101, %1102, %1103, %1104, %1105, %1106, %1129, %1147, %1151) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
            }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
            %1236:11 = "stablehlo.while"(%1004, %969, %1154#2, %1154#3, %1154#4, %1154#5, %1154#6, %1154#7, %1154#8, %1154#9, %1154#10) ({
            ^bb0(%1155: tensor<i32>, %1156: tensor<i32>, %1157: tensor<1x2x16x16xf32>, %1158: tensor<8xi32>, %1159: tensor<i32>, %1160: tensor<1x2x16x16xf32>, %1161: tensor<1x2x16x16xf32>, %1162: tensor<16xi32>, %1163: tensor<1x2x16xf32>, %1164: tensor<1x2x16xf32>, %1165: tensor<1x2x16x16xf32>):
              %1166 = "stablehlo.compare"(%1155, %1156) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
              "stablehlo.return"(%1166) : (tensor<i1>) -> ()
            }, {
            ^bb0(%1167: tensor<i32>, %1168: tensor<i32>, %1169: tensor<1x2x16x16xf32>, %1170: tensor<8xi32>, %1171: tensor<i32>, %1172: tensor<1x2x16x16xf32>, %1173: tensor<1x2x16x16xf32>, %1174: tensor<16xi32>, %1175: tensor<1x2x16xf32>, %1176: tensor<1x2x16xf32>, %1177: tensor<1x2x16x16xf32>):
              %1178 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1179 = "stablehlo.multiply"(%1167, %1178) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              %1180 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1181 = "stablehlo.dynamic_slice"(%1172, %1180, %1180, %1179, %1180) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %1182 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1183 = "stablehlo.dynamic_slice"(%1173, %1182, %1182, %1179, %1182) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
              %1184 = "stablehlo.dot_general"(%1169, %1181) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
              %1185 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1186 = "stablehlo.broadcast_in_dim"(%1185) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %1187 = "stablehlo.multiply"(%1184, %1186) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1188 = "stablehlo.tanh"(%1187) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1189 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1190 = "stablehlo.broadcast_in_dim"(%1189) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %1191 = "stablehlo.multiply"(%1188, %1190) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1192 = "stablehlo.dynamic_slice"(%1174, %1179) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
              %1193 = "stablehlo.broadcast_in_dim"(%1170) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
              %1194 = "stablehlo.reshape"(%1193) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
              %1195 = "stablehlo.broadcast_in_dim"(%1192) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
              %1196 = "stablehlo.reshape"(%1195) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
              %1197 = "stablehlo.compare"(%1196, %1194) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
              %1198 = "stablehlo.broadcast_in_dim"(%1171) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
              %1199 = "stablehlo.subtract"(%1194, %1198) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
              %1200 = "stablehlo.compare"(%1196, %1199) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
              %1201 = "stablehlo.and"(%1197, %1200) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
              %1202 = "stablehlo.broadcast_in_dim"(%1201) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
              %1203 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1204 = "stablehlo.broadcast_in_dim"(%1203) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
              %1205 = "stablehlo.select"(%1202, %1191, %1204) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1206 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1207 = "stablehlo.reduce"(%1205, %1206) ({
              ^bb0(%1208: tensor<f32>, %1209: tensor<f32>):
                %1210 = "stablehlo.maximum"(%1208, %1209) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%1210) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %1211 = "stablehlo.maximum"(%1175, %1207) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1212 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1213 = "stablehlo.broadcast_in_dim"(%1212) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %1214 = "stablehlo.compare"(%1211, %1213) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
              %1215 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1216 = "stablehlo.broadcast_in_dim"(%1215) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
              %1217 = "stablehlo.select"(%1214, %1216, %1211) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1218 = "stablehlo.broadcast_in_dim"(%1217) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
              %1219 = "stablehlo.subtract"(%1205, %1218) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1220 = "stablehlo.exponential"(%1219) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
              %1221 = "stablehlo.subtract"(%1175, %1217) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1222 = "stablehlo.exponential"(%1221) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1223 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
              %1224 = "stablehlo.reduce"(%1220, %1223) ({
              ^bb0(%1225: tensor<f32>, %1226: tensor<f32>):
                %1227 = "stablehlo.add"(%1225, %1226) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%1227) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
              %1228 = "stablehlo.multiply"(%1176, %1222) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1229 = "stablehlo.add"(%1228, %1224) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
              %1230 = "stablehlo.dot_general"(%1220, %1183) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
              %1231 = "stablehlo.broadcast_in_dim"(%1222) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
              %1232 = "stablehlo.multiply"(%1177, %1231) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %1233 = "stablehlo.add"(%1232, %1230) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
              %1234 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
              %1235 = "stablehlo.add"(%1167, %1234) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
              "stablehlo.return"(%1235, %1168, %1169, %1170, %1171, %1172, %1173, %1174, %1211, %1229, %1233) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
            }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
            %1237 = "stablehlo.reshape"(%1236#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
            %1238 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1239 = "stablehlo.dynamic_update_slice"(%941, %1237, %1238, %1238, %1238, %945) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
            %1240 = "stablehlo.reshape"(%1236#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
            %1241 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1242 = "stablehlo.dynamic_update_slice"(%942, %1240, %1241, %1241, %1241, %945) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
            %1243 = "stablehlo.reshape"(%1236#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
            %1244 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1245 = "stablehlo.dynamic_update_slice"(%943, %1243, %1244, %1244, %1244, %945, %1244) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x16xf32>
            %1246 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1247 = "stablehlo.add"(%933, %1246) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1247, %934, %935, %936, %937, %938, %939, %940, %1239, %1242, %1245) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
          %1249 = "stablehlo.collective_permute"(%901) {channel_handle = #stablehlo.channel_handle<handle = 3, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %1250 = "stablehlo.collective_permute"(%902) {channel_handle = #stablehlo.channel_handle<handle = 4, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %1251 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1252 = "stablehlo.add"(%898, %1251) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1252, %899, %1248#2, %1249, %1250, %1248#5, %1248#6, %905, %1248#8, %1248#9, %1248#10) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
        %1254 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1255 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1256 = "stablehlo.subtract"(%1253#7, %1254) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1257 = "stablehlo.add"(%1256, %1255) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1258 = "stablehlo.remainder"(%1257, %1255) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1259 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
        %1260 = "stablehlo.broadcast_in_dim"(%1258) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
        %1261 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1262 = "stablehlo.broadcast_in_dim"(%1261) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
        %1263 = "stablehlo.multiply"(%1260, %1262) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
        %1264 = "stablehlo.add"(%1263, %1259) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
        %1265 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1266 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1594:11 = "stablehlo.while"(%1266, %1265, %1253#2, %1253#3, %1253#4, %1253#5, %1253#6, %1264, %1253#8, %1253#9, %1253#10) ({
        ^bb0(%1267: tensor<i32>, %1268: tensor<i32>, %1269: tensor<1x2x2x16x16xf32>, %1270: tensor<1x2x16x16xf32>, %1271: tensor<1x2x16x16xf32>, %1272: tensor<16xi32>, %1273: tensor<i32>, %1274: tensor<16xi32>, %1275: tensor<1x2x2x16xf32>, %1276: tensor<1x2x2x16xf32>, %1277: tensor<1x2x2x16x16xf32>):
          %1278 = "stablehlo.compare"(%1267, %1268) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%1278) : (tensor<i1>) -> ()
        }, {
        ^bb0(%1279: tensor<i32>, %1280: tensor<i32>, %1281: tensor<1x2x2x16x16xf32>, %1282: tensor<1x2x16x16xf32>, %1283: tensor<1x2x16x16xf32>, %1284: tensor<16xi32>, %1285: tensor<i32>, %1286: tensor<16xi32>, %1287: tensor<1x2x2x16xf32>, %1288: tensor<1x2x2x16xf32>, %1289: tensor<1x2x2x16x16xf32>):
          %1290 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1291 = "stablehlo.multiply"(%1279, %1290) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1292 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1293 = "stablehlo.dynamic_slice"(%1281, %1292, %1292, %1292, %1291, %1292) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %1294 = "stablehlo.reshape"(%1293) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %1295 = "stablehlo.dynamic_slice"(%1284, %1291) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
          %1296 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1297 = "stablehlo.dynamic_slice"(%1287, %1296, %1296, %1296, %1291) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %1298 = "stablehlo.reshape"(%1297) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %1299 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1300 = "stablehlo.dynamic_slice"(%1288, %1299, %1299, %1299, %1291) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %1301 = "stablehlo.reshape"(%1300) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %1302 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1303 = "stablehlo.dynamic_slice"(%1289, %1302, %1302, %1302, %1291, %1302) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %1304 = "stablehlo.reshape"(%1303) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %1305 = "stablehlo.slice"(%1295) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1306 = "stablehlo.reshape"(%1305) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %1307 = "stablehlo.slice"(%1295) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1308 = "stablehlo.reshape"(%1307) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %1309 = "stablehlo.slice"(%1286) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
          %1310 = "stablehlo.slice"(%1286) {limit_indices = array<i64: 16>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
          %1311 = "stablehlo.broadcast_in_dim"(%1308) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %1312 = "stablehlo.compare"(%1309, %1311) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %1313 = "stablehlo.convert"(%1312) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %1314 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1315 = "stablehlo.reduce"(%1313, %1314) ({
          ^bb0(%1316: tensor<i32>, %1317: tensor<i32>):
            %1318 = "stablehlo.add"(%1316, %1317) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1318) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %1319 = "stablehlo.broadcast_in_dim"(%1306) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %1320 = "stablehlo.compare"(%1310, %1319) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %1321 = "stablehlo.convert"(%1320) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %1322 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1323 = "stablehlo.reduce"(%1321, %1322) ({
          ^bb0(%1324: tensor<i32>, %1325: tensor<i32>):
            %1326 = "stablehlo.add"(%1324, %1325) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1326) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %1327 = "stablehlo.minimum"(%1323, %1315) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1328 = "stablehlo.subtract"(%1306, %1285) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1329 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %1330 = "stablehlo.compare"(%1310, %1329) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %1331 = "stablehlo.convert"(%1330) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %1332 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1333 = "stablehlo.reduce"(%1331, %1332) ({
          ^bb0(%1334: tensor<i32>, %1335: tensor<i32>):
            %1336 = "stablehlo.add"(%1334, %1335) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1336) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %1337 = "stablehlo.subtract"(%1308, %1285) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1338 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %1339 = "stablehlo.compare"(%1309, %1338) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %1340 = "stablehlo.convert"(%1339) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %1341 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1342 = "stablehlo.reduce"(%1340, %1341) ({
          ^bb0(%1343: tensor<i32>, %1344: tensor<i32>):
            %1345 = "stablehlo.add"(%1343, %1344) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1345) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %1346 = "stablehlo.minimum"(%1333, %1315) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1347 = "stablehlo.maximum"(%1342, %1346) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1348 = "stablehlo.minimum"(%1347, %1315) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1349 = "stablehlo.minimum"(%1327, %1315) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1350 = "stablehlo.maximum"(%1349, %1348) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1432:11 = "stablehlo.while"(%1346, %1348, %1294, %1295, %1285, %1282, %1283, %1286, %1298, %1301, %1304) ({
          ^bb0(%1351: tensor<i32>, %1352: tensor<i32>, %1353: tensor<1x2x16x16xf32>, %1354: tensor<8xi32>, %1355: tensor<i32>, %1356: tensor<1x2x16x16xf32>, %1357: tensor<1x2x16x16xf32>, %1358: tensor<16xi32>, %1359: tensor<1x2x16xf32>, %1360: tensor<1x2x16xf32>, %1361: tensor<1x2x16x16xf32>):
            %1362 = "stablehlo.compare"(%1351, %1352) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%1362) : (tensor<i1>) -> ()
          }, {
          ^bb0(%1363: tensor<i32>, %1364: tensor<i32>, %1365: tensor<1x2x16x16xf32>, %1366: tensor<8xi32>, %1367: tensor<i32>, %1368: tensor<1x2x16x16xf32>, %1369: tensor<1x2x16x16xf32>, %1370: tensor<16xi32>, %1371: tensor<1x2x16xf32>, %1372: tensor<1x2x16xf32>, %1373: tensor<1x2x16x16xf32>):
            %1374 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1375 = "stablehlo.multiply"(%1363, %1374) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1376 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1377 = "stablehlo.dynamic_slice"(%1368, %1376, %1376, %1375, %1376) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1378 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1379 = "stablehlo.dynamic_slice"(%1369, %1378, %1378, %1375, %1378) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1380 = "stablehlo.dot_general"(%1365, %1377) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %1381 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1382 = "stablehlo.broadcast_in_dim"(%1381) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1383 = "stablehlo.multiply"(%1380, %1382) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1384 = "stablehlo.tanh"(%1383) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1385 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1386 = "stablehlo.broadcast_in_dim"(%1385) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1387 = "stablehlo.multiply"(%1384, %1386) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1388 = "stablehlo.dynamic_slice"(%1370, %1375) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %1389 = "stablehlo.broadcast_in_dim"(%1366) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %1390 = "stablehlo.reshape"(%1389) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %1391 = "stablehlo.broadcast_in_dim"(%1388) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %1392 = "stablehlo.reshape"(%1391) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %1393 = "stablehlo.compare"(%1392, %1390) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %1394 = "stablehlo.broadcast_in_dim"(%1367) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
            %1395 = "stablehlo.subtract"(%1390, %1394) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
            %1396 = "stablehlo.compare"(%1392, %1395) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %1397 = "stablehlo.and"(%1393, %1396) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
            %1398 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %1399 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1400 = "stablehlo.broadcast_in_dim"(%1399) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1401 = "stablehlo.select"(%1398, %1387, %1400) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1402 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1403 = "stablehlo.reduce"(%1401, %1402) ({
            ^bb0(%1404: tensor<f32>, %1405: tensor<f32>):
              %1406 = "stablehlo.maximum"(%1404, %1405) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1406) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1407 = "stablehlo.maximum"(%1371, %1403) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1408 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1409 = "stablehlo.broadcast_in_dim"(%1408) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1410 = "stablehlo.compare"(%1407, %1409) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %1411 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1412 = "stablehlo.broadcast_in_dim"(%1411) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1413 = "stablehlo.select"(%1410, %1412, %1407) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1414 = "stablehlo.broadcast_in_dim"(%1413) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %1415 = "stablehlo.subtract"(%1401, %1414) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1416 = "stablehlo.exponential"(%1415) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1417 = "stablehlo.subtract"(%1371, %1413) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1418 = "stablehlo.exponential"(%1417) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1419 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1420 = "stablehlo.reduce"(%1416, %1419) ({
            ^bb0(%1421: tensor<f32>, %1422: tensor<f32>):
              %1423 = "stablehlo.add"(%1421, %1422) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1423) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1424 = "stablehlo.multiply"(%1372, %1418) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1425 = "stablehlo.add"(%1424, %1420) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1426 = "stablehlo.dot_general"(%1416, %1379) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %1427 = "stablehlo.broadcast_in_dim"(%1418) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %1428 = "stablehlo.multiply"(%1373, %1427) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1429 = "stablehlo.add"(%1428, %1426) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1430 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1431 = "stablehlo.add"(%1363, %1430) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1431, %1364, %1365, %1366, %1367, %1368, %1369, %1370, %1407, %1425, %1429) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %1500:11 = "stablehlo.while"(%1348, %1350, %1432#2, %1432#3, %1432#4, %1432#5, %1432#6, %1432#7, %1432#8, %1432#9, %1432#10) ({
          ^bb0(%1433: tensor<i32>, %1434: tensor<i32>, %1435: tensor<1x2x16x16xf32>, %1436: tensor<8xi32>, %1437: tensor<i32>, %1438: tensor<1x2x16x16xf32>, %1439: tensor<1x2x16x16xf32>, %1440: tensor<16xi32>, %1441: tensor<1x2x16xf32>, %1442: tensor<1x2x16xf32>, %1443: tensor<1x2x16x16xf32>):
            %1444 = "stablehlo.compare"(%1433, %1434) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%1444) : (tensor<i1>) -> ()
          }, {
          ^bb0(%1445: tensor<i32>, %1446: tensor<i32>, %1447: tensor<1x2x16x16xf32>, %1448: tensor<8xi32>, %1449: tensor<i32>, %1450: tensor<1x2x16x16xf32>, %1451: tensor<1x2x16x16xf32>, %1452: tensor<16xi32>, %1453: tensor<1x2x16xf32>, %1454: tensor<1x2x16xf32>, %1455: tensor<1x2x16x16xf32>):
            %1456 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1457 = "stablehlo.multiply"(%1445, %1456) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1458 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1459 = "stablehlo.dynamic_slice"(%1450, %1458, %1458, %1457, %1458) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1460 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1461 = "stablehlo.dynamic_slice"(%1451, %1460, %1460, %1457, %1460) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1462 = "stablehlo.dot_general"(%1447, %1459) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %1463 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1464 = "stablehlo.broadcast_in_dim"(%1463) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1465 = "stablehlo.multiply"(%1462, %1464) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1466 = "stablehlo.tanh"(%1465) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1467 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1468 = "stablehlo.broadcast_in_dim"(%1467) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1469 = "stablehlo.multiply"(%1466, %1468) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1470 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1471 = "stablehlo.reduce"(%1469, %1470) ({
            ^bb0(%1472: tensor<f32>, %1473: tensor<f32>):
              %1474 = "stablehlo.maximum"(%1472, %1473) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1474) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1475 = "stablehlo.maximum"(%1453, %1471) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1476 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1477 = "stablehlo.broadcast_in_dim"(%1476) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1478 = "stablehlo.compare"(%1475, %1477) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %1479 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1480 = "stablehlo.broadcast_in_dim"(%1479) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1481 = "stablehlo.select"(%1478, %1480, %1475) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1482 = "stablehlo.broadcast_in_dim"(%1481) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %1483 = "stablehlo.subtract"(%1469, %1482) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1484 = "stablehlo.exponential"(%1483) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1485 = "stablehlo.subtract"(%1453, %1481) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1486 = "stablehlo.exponential"(%1485) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1487 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1488 = "stablehlo.reduce"(%1484, %1487) ({
            ^bb0(%1489: tensor<f32>, %1490: tensor<f32>):
              %1491 = "stablehlo.add"(%1489, %1490) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1491) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1492 = "stablehlo.multiply"(%1454, %1486) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1493 = "stablehlo.add"(%1492, %1488) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1494 = "stablehlo.dot_general"(%1484, %1461) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %1495 = "stablehlo.broadcast_in_dim"(%1486) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %1496 = "stablehlo.multiply"(%1455, %1495) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1497 = "stablehlo.add"(%1496, %1494) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1498 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1499 = "stablehlo.add"(%1445, %1498) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1499, %1446, %1447, %1448, %1449, %1450, %1451, %1452, %1475, %1493, %1497) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %1582:11 = "stablehlo.while"(%1350, %1315, %1500#2, %1500#3, %1500#4, %1500#5, %1500#6, %1500#7, %1500#8, %1500#9, %1500#10) ({
          ^bb0(%1501: tensor<i32>, %1502: tensor<i32>, %1503: tensor<1x2x16x16xf32>, %1504: tensor<8xi32>, %1505: tensor<i32>, %1506: tensor<1x2x16x16xf32>, %1507: tensor<1x2x16x16xf32>, %1508: tensor<16xi32>, %1509: tensor<1x2x16xf32>, %1510: tensor<1x2x16xf32>, %1511: tensor<1x2x16x16xf32>):
            %1512 = "stablehlo.compare"(%1501, %1502) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%1512) : (tensor<i1>) -> ()
          }, {
          ^bb0(%1513: tensor<i32>, %1514: tensor<i32>, %1515: tensor<1x2x16x16xf32>, %1516: tensor<8xi32>, %1517: tensor<i32>, %1518: tensor<1x2x16x16xf32>, %1519: tensor<1x2x16x16xf32>, %1520: tensor<16xi32>, %1521: tensor<1x2x16xf32>, %1522: tensor<1x2x16xf32>, %1523: tensor<1x2x16x16xf32>):
            %1524 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1525 = "stablehlo.multiply"(%1513, %1524) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1526 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1527 = "stablehlo.dynamic_slice"(%1518, %1526, %1526, %1525, %1526) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1528 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1529 = "stablehlo.dynamic_slice"(%1519, %1528, %1528, %1525, %1528) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1530 = "stablehlo.dot_general"(%1515, %1527) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %1531 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1532 = "stablehlo.broadcast_in_dim"(%1531) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1533 = "stablehlo.multiply"(%1530, %1532) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1534 = "stablehlo.tanh"(%1533) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1535 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1536 = "stablehlo.broadcast_in_dim"(%1535) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1537 = "stablehlo.multiply"(%1534, %1536) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1538 = "stablehlo.dynamic_slice"(%1520, %1525) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %1539 = "stablehlo.broadcast_in_dim"(%1516) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %1540 = "stablehlo.reshape"(%1539) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %1541 = "stablehlo.broadcast_in_dim"(%1538) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %1542 = "stablehlo.reshape"(%1541) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %1543 = "stablehlo.compare"(%1542, %1540) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %1544 = "stablehlo.broadcast_in_dim"(%1517) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
            %1545 = "stablehlo.subtract"(%1540, %1544) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
            %1546 = "stablehlo.compare"(%1542, %1545) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %1547 = "stablehlo.and"(%1543, %1546) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
            %1548 = "stablehlo.broadcast_in_dim"(%1547) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %1549 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1550 = "stablehlo.broadcast_in_dim"(%1549) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1551 = "stablehlo.select"(%1548, %1537, %1550) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1552 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1553 = "stablehlo.reduce"(%1551, %1552) ({
            ^bb0(%1554: tensor<f32>, %1555: tensor<f32>):
              %1556 = "stablehlo.maximum"(%1554, %1555) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1556) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1557 = "stablehlo.maximum"(%1521, %1553) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1558 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1559 = "stablehlo.broadcast_in_dim"(%1558) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1560 = "stablehlo.compare"(%1557, %1559) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %1561 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1562 = "stablehlo.broadcast_in_dim"(%1561) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1563 = "stablehlo.select"(%1560, %1562, %1557) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1564 = "stablehlo.broadcast_in_dim"(%1563) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %1565 = "stablehlo.subtract"(%1551, %1564) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1566 = "stablehlo.exponential"(%1565) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1567 = "stablehlo.subtract"(%1521, %1563) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1568 = "stablehlo.exponential"(%1567) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1569 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1570 = "stablehlo.reduce"(%1566, %1569) ({
            ^bb0(%1571: tensor<f32>, %1572: tensor<f32>):
              %1573 = "stablehlo.add"(%1571, %1572) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1573) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1574 = "stablehlo.multiply"(%1522, %1568) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1575 = "stablehlo.add"(%1574, %1570) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1576 = "stablehlo.dot_general"(%1566, %1529) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %1577 = "stablehlo.broadcast_in_dim"(%1568) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %1578 = "stablehlo.multiply"(%1523, %1577) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1579 = "stablehlo.add"(%1578, %1576) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1580 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1581 = "stablehlo.add"(%1513, %1580) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1581, %1514, %1515, %1516, %1517, %1518, %1519, %1520, %1557, %1575, %1579) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %1583 = "stablehlo.reshape"(%1582#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %1584 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1585 = "stablehlo.dynamic_update_slice"(%1287, %1583, %1584, %1584, %1584, %1291) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
          %1586 = "stablehlo.reshape"(%1582#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %1587 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1588 = "stablehlo.dynamic_update_slice"(%1288, %1586, %1587, %1587, %1587, %1291) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
          %1589 = "stablehlo.reshape"(%1582#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %1590 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1591 = "stablehlo.dynamic_update_slice"(%1289, %1589, %1590, %1590, %1590, %1291, %1590) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x16xf32>
          %1592 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1593 = "stablehlo.add"(%1279, %1592) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1593, %1280, %1281, %1282, %1283, %1284, %1285, %1286, %1585, %1588, %1591) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
        "stablehlo.return"(%1594#2, %1594#3, %1594#4, %1594#5, %1594#6, %1253#7, %1594#8, %1594#9, %1594#10) : (tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>) -> (tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
      %1596 = "stablehlo.broadcast_in_dim"(%1595#7) {broadcast_dimensions = array<i64: 0, 1, 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x16xf32>
      %1597 = "stablehlo.divide"(%1595#8, %1596) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x16x16xf32>) -> tensor<1x2x2x16x16xf32>
      %1598 = "stablehlo.transpose"(%1597) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
      %1599 = "stablehlo.reshape"(%1598) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
      %1600 = "stablehlo.dot_general"(%1599, %56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
      %1601 = "stablehlo.add"(%30, %1600) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %1602 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1603 = "stablehlo.broadcast_in_dim"(%1602) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x64xf32>
      %1604 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1605 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1657:8 = "stablehlo.while"(%1605, %1604, %1601, %62, %65, %68, %59, %1603) ({
      ^bb0(%1606: tensor<i32>, %1607: tensor<i32>, %1608: tensor<1x16x64xf32>, %1609: tensor<172x64xf32>, %1610: tensor<172x64xf32>, %1611: tensor<64x172xf32>, %1612: tensor<64xf32>, %1613: tensor<1x16x64xf32>):
        %1614 = "stablehlo.compare"(%1606, %1607) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%1614) : (tensor<i1>) -> ()
      }, {
      ^bb0(%1615: tensor<i32>, %1616: tensor<i32>, %1617: tensor<1x16x64xf32>, %1618: tensor<172x64xf32>, %1619: tensor<172x64xf32>, %1620: tensor<64x172xf32>, %1621: tensor<64xf32>, %1622: tensor<1x16x64xf32>):
        %1623 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1624 = "stablehlo.multiply"(%1615, %1623) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1625 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1626 = "stablehlo.dynamic_slice"(%1617, %1625, %1624, %1625) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %1627 = "stablehlo.multiply"(%1626, %1626) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1628 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1629 = "stablehlo.reduce"(%1627, %1628) ({
        ^bb0(%1630: tensor<f32>, %1631: tensor<f32>):
          %1632 = "stablehlo.add"(%1630, %1631) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1632) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %1633 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1634 = "stablehlo.broadcast_in_dim"(%1633) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %1635 = "stablehlo.divide"(%1629, %1634) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %1636 = "stablehlo.reshape"(%1635) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %1637 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1638 = "stablehlo.broadcast_in_dim"(%1637) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %1639 = "stablehlo.add"(%1636, %1638) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1640 = "stablehlo.rsqrt"(%1639) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1641 = "stablehlo.reshape"(%1640) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %1642 = "stablehlo.broadcast_in_dim"(%1641) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %1643 = "stablehlo.multiply"(%1626, %1642) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1644 = "stablehlo.broadcast_in_dim"(%1621) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %1645 = "stablehlo.multiply"(%1643, %1644) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1646 = "stablehlo.dot_general"(%1645, %1619) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %1647 = "stablehlo.logistic"(%1646) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1648 = "stablehlo.multiply"(%1646, %1647) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1649 = "stablehlo.dot_general"(%1645, %1618) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %1650 = "stablehlo.multiply"(%1648, %1649) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1651 = "stablehlo.dot_general"(%1650, %1620) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<64x172xf32>) -> tensor<1x8x64xf32>
        %1652 = "stablehlo.add"(%1626, %1651) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1653 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1654 = "stablehlo.dynamic_update_slice"(%1622, %1652, %1653, %1624, %1653) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
        %1655 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1656 = "stablehlo.add"(%1615, %1655) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%1656, %1616, %1617, %1618, %1619, %1620, %1621, %1654) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x16x64xf32>)
      %1658 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1659 = "stablehlo.add"(%28, %1658) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1659, %29, %1657#7, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<16xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<16xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<16xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %1661 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %1662 = "stablehlo.broadcast_in_dim"(%1661) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x256xf32>
    %1663 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %1664 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %1713:6 = "stablehlo.while"(%1664, %1663, %1660#2, %arg11, %arg12, %1662) ({
    ^bb0(%1665: tensor<i32>, %1666: tensor<i32>, %1667: tensor<1x16x64xf32>, %1668: tensor<64xf32>, %1669: tensor<256x64xf32>, %1670: tensor<1x16x256xf32>):
      %1671 = "stablehlo.compare"(%1665, %1666) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%1671) : (tensor<i1>) -> ()
    }, {
    ^bb0(%1672: tensor<i32>, %1673: tensor<i32>, %1674: tensor<1x16x64xf32>, %1675: tensor<64xf32>, %1676: tensor<256x64xf32>, %1677: tensor<1x16x256xf32>):
      %1678 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1679 = "stablehlo.multiply"(%1672, %1678) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %1680 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1681 = "stablehlo.dynamic_slice"(%1674, %1680, %1679, %1680) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
      %1682 = "stablehlo.multiply"(%1681, %1681) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %1683 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1684 = "stablehlo.reduce"(%1682, %1683) ({
      ^bb0(%1685: tensor<f32>, %1686: tensor<f32>):
        %1687 = "stablehlo.add"(%1685, %1686) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1687) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
      %1688 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1689 = "stablehlo.broadcast_in_dim"(%1688) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
      %1690 = "stablehlo.divide"(%1684, %1689) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %1691 = "stablehlo.reshape"(%1690) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
      %1692 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1693 = "stablehlo.broadcast_in_dim"(%1692) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
      %1694 = "stablehlo.add"(%1691, %1693) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %1695 = "stablehlo.rsqrt"(%1694) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %1696 = "stablehlo.reshape"(%1695) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
      %1697 = "stablehlo.broadcast_in_dim"(%1696) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
      %1698 = "stablehlo.multiply"(%1681, %1697) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %1699 = "stablehlo.broadcast_in_dim"(%1675) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
      %1700 = "stablehlo.multiply"(%1698, %1699) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %1701 = "stablehlo.dot_general"(%1700, %1676) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<256x64xf32>) -> tensor<1x8x256xf32>
      %1702 = "stablehlo.constant"() {value = dense<0.5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1703 = "stablehlo.broadcast_in_dim"(%1702) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x256xf32>
      %1704 = "stablehlo.multiply"(%1701, %1703) {mhlo.sharding = "{manual}"} : (tensor<1x8x256xf32>, tensor<1x8x256xf32>) -> tensor<1x8x256xf32>
      %1705 = "stablehlo.tanh"(%1704) {mhlo.sharding = "{manual}"} : (tensor<1x8x256xf32>) -> tensor<1x8x256xf32>
      %1706 = "stablehlo.constant"() {value = dense<2.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1707 = "stablehlo.broadcast_in_dim"(%1706) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x256xf32>
      %1708 = "stablehlo.multiply"(%1705, %1707) {mhlo.sharding = "{manual}"} : (tensor<1x8x256xf32>, tensor<1x8x256xf32>) -> tensor<1x8x256xf32>
      %1709 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1710 = "stablehlo.dynamic_update_slice"(%1677, %1708, %1709, %1679, %1709) {mhlo.sharding = "{manual}"} : (tensor<1x16x256xf32>, tensor<1x8x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x256xf32>
      %1711 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1712 = "stablehlo.add"(%1672, %1711) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1712, %1673, %1674, %1675, %1676, %1710) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x16x256xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x16x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x16x256xf32>)
    %1714 = "stablehlo.reshape"(%1713#5) {mhlo.sharding = "{manual}"} : (tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    return %1714 : tensor<1x16x256xf32>
  }
}
