module @tiny_ring4_contiguous_forward attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x8xi32> {mhlo.sharding = "{manual}"}, %arg1: tensor<256x64xf32> {mhlo.sharding = "{manual}"}, %arg2: tensor<2x64xf32> {mhlo.sharding = "{manual}"}, %arg3: tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, %arg4: tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, %arg5: tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, %arg6: tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, %arg7: tensor<2x64xf32> {mhlo.sharding = "{manual}"}, %arg8: tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, %arg9: tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, %arg10: tensor<2x64x172xf32> {mhlo.sharding = "{manual}"}, %arg11: tensor<64xf32> {mhlo.sharding = "{manual}"}, %arg12: tensor<256x64xf32> {mhlo.sharding = "{manual}"}) -> (tensor<1x8x256xf32> {mhlo.sharding = "{manual}"}) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<1x8xi32>) -> tensor<1x8x64xf32>
    %1 = "stablehlo.partition_id"() {mhlo.sharding = "{manual}"} : () -> tensor<ui32>
    %2 = "stablehlo.convert"(%1) {mhlo.sharding = "{manual}"} : (tensor<ui32>) -> tensor<i32>
    %3 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %4 = "stablehlo.remainder"(%2, %3) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %5 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
    %6 = "stablehlo.broadcast_in_dim"(%4) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
    %7 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
    %9 = "stablehlo.multiply"(%6, %8) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %10 = "stablehlo.add"(%9, %5) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %11 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %12 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %682:14 = "stablehlo.while"(%12, %11, %0, %10, %4, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
    ^bb0(%13: tensor<i32>, %14: tensor<i32>, %15: tensor<1x8x64xf32>, %16: tensor<8xi32>, %17: tensor<i32>, %18: tensor<2x64xf32>, %19: tensor<2x64x64xf32>, %20: tensor<2x32x64xf32>, %21: tensor<2x32x64xf32>, %22: tensor<2x64x64xf32>, %23: tensor<2x64xf32>, %24: tensor<2x172x64xf32>, %25: tensor<2x172x64xf32>, %26: tensor<2x64x172xf32>):
      %27 = "stablehlo.compare"(%13, %14) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%27) : (tensor<i1>) -> ()
    }, {
    ^bb0(%28: tensor<i32>, %29: tensor<i32>, %30: tensor<1x8x64xf32>, %31: tensor<8xi32>, %32: tensor<i32>, %33: tensor<2x64xf32>, %34: tensor<2x64x64xf32>, %35: tensor<2x32x64xf32>, %36: tensor<2x32x64xf32>, %37: tensor<2x64x64xf32>, %38: tensor<2x64xf32>, %39: tensor<2x172x64xf32>, %40: tensor<2x172x64xf32>, %41: tensor<2x64x172xf32>):
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
      %69 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %70 = "stablehlo.broadcast_in_dim"(%69) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
      %71 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %72 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %111:5 = "stablehlo.while"(%72, %71, %30, %44, %70) ({
      ^bb0(%73: tensor<i32>, %74: tensor<i32>, %75: tensor<1x8x64xf32>, %76: tensor<64xf32>, %77: tensor<1x8x64xf32>):
        %78 = "stablehlo.compare"(%73, %74) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%78) : (tensor<i1>) -> ()
      }, {
      ^bb0(%79: tensor<i32>, %80: tensor<i32>, %81: tensor<1x8x64xf32>, %82: tensor<64xf32>, %83: tensor<1x8x64xf32>):
        %84 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %85 = "stablehlo.multiply"(%79, %84) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %86 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %87 = "stablehlo.dynamic_slice"(%81, %86, %85, %86) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %88 = "stablehlo.multiply"(%87, %87) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %89 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %90 = "stablehlo.reduce"(%88, %89) ({
        ^bb0(%91: tensor<f32>, %92: tensor<f32>):
          %93 = "stablehlo.add"(%91, %92) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%93) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %94 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %95 = "stablehlo.broadcast_in_dim"(%94) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %96 = "stablehlo.divide"(%90, %95) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %97 = "stablehlo.reshape"(%96) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %98 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %99 = "stablehlo.broadcast_in_dim"(%98) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %100 = "stablehlo.add"(%97, %99) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %101 = "stablehlo.rsqrt"(%100) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %102 = "stablehlo.reshape"(%101) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %103 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %104 = "stablehlo.multiply"(%87, %103) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %105 = "stablehlo.broadcast_in_dim"(%82) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %106 = "stablehlo.multiply"(%104, %105) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %107 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %108 = "stablehlo.dynamic_update_slice"(%83, %106, %107, %85, %107) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %109 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %110 = "stablehlo.add"(%79, %109) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%110, %80, %81, %82, %108) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %112 = "stablehlo.dot_general"(%111#4, %47) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %113 = "stablehlo.reshape"(%112) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>) -> tensor<1x8x4x16xf32>
      %114 = "stablehlo.dot_general"(%111#4, %50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %115 = "stablehlo.reshape"(%114) {mhlo.sharding = "{manual}"} : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %116 = "stablehlo.dot_general"(%111#4, %53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %117 = "stablehlo.reshape"(%116) {mhlo.sharding = "{manual}"} : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %118 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %119 = "stablehlo.convert"(%31) {mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<8xf32>
      %120 = "stablehlo.broadcast_in_dim"(%119) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %121 = "stablehlo.broadcast_in_dim"(%118) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %122 = "stablehlo.multiply"(%120, %121) {mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %123 = "stablehlo.concatenate"(%122, %122) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %124 = "stablehlo.cosine"(%123) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %126 = "stablehlo.sine"(%123) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %127 = "stablehlo.broadcast_in_dim"(%126) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %128 = "stablehlo.slice"(%113) {limit_indices = array<i64: 1, 8, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %129 = "stablehlo.slice"(%113) {limit_indices = array<i64: 1, 8, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %130 = "stablehlo.negate"(%129) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x8xf32>) -> tensor<1x8x4x8xf32>
      %131 = "stablehlo.concatenate"(%130, %128) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x8x4x8xf32>, tensor<1x8x4x8xf32>) -> tensor<1x8x4x16xf32>
      %132 = "stablehlo.multiply"(%113, %125) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %133 = "stablehlo.multiply"(%131, %127) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %134 = "stablehlo.add"(%132, %133) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %135 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %136 = "stablehlo.convert"(%31) {mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<8xf32>
      %137 = "stablehlo.broadcast_in_dim"(%136) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %138 = "stablehlo.broadcast_in_dim"(%135) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %139 = "stablehlo.multiply"(%137, %138) {mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %140 = "stablehlo.concatenate"(%139, %139) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %141 = "stablehlo.cosine"(%140) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %143 = "stablehlo.sine"(%140) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %144 = "stablehlo.broadcast_in_dim"(%143) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %145 = "stablehlo.slice"(%115) {limit_indices = array<i64: 1, 8, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %146 = "stablehlo.slice"(%115) {limit_indices = array<i64: 1, 8, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %147 = "stablehlo.negate"(%146) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x8xf32>) -> tensor<1x8x2x8xf32>
      %148 = "stablehlo.concatenate"(%147, %145) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x8x2x8xf32>, tensor<1x8x2x8xf32>) -> tensor<1x8x2x16xf32>
      %149 = "stablehlo.multiply"(%115, %142) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %150 = "stablehlo.multiply"(%148, %144) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %151 = "stablehlo.add"(%149, %150) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %152 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %153 = "stablehlo.broadcast_in_dim"(%152) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x4x16xf32>
      %154 = "stablehlo.multiply"(%134, %153) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %155 = "stablehlo.reshape"(%154) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x2x2x16xf32>
      %156 = "stablehlo.transpose"(%155) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x2x16xf32>) -> tensor<1x2x2x8x16xf32>
      %157 = "stablehlo.transpose"(%151) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %158 = "stablehlo.transpose"(%117) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %159 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %160 = "stablehlo.broadcast_in_dim"(%159) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %161 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %163 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %164 = "stablehlo.broadcast_in_dim"(%163) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8x16xf32>
      %165 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %166 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %404:10 = "stablehlo.while"(%166, %165, %156, %157, %158, %31, %32, %160, %162, %164) ({
      ^bb0(%167: tensor<i32>, %168: tensor<i32>, %169: tensor<1x2x2x8x16xf32>, %170: tensor<1x2x8x16xf32>, %171: tensor<1x2x8x16xf32>, %172: tensor<8xi32>, %173: tensor<i32>, %174: tensor<1x2x2x8xf32>, %175: tensor<1x2x2x8xf32>, %176: tensor<1x2x2x8x16xf32>):
        %177 = "stablehlo.compare"(%167, %168) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%177) : (tensor<i1>) -> ()
      }, {
      ^bb0(%178: tensor<i32>, %179: tensor<i32>, %180: tensor<1x2x2x8x16xf32>, %181: tensor<1x2x8x16xf32>, %182: tensor<1x2x8x16xf32>, %183: tensor<8xi32>, %184: tensor<i32>, %185: tensor<1x2x2x8xf32>, %186: tensor<1x2x2x8xf32>, %187: tensor<1x2x2x8x16xf32>):
        %188 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %189 = "stablehlo.subtract"(%184, %178) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %190 = "stablehlo.add"(%189, %188) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %191 = "stablehlo.remainder"(%190, %188) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %192 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
        %193 = "stablehlo.broadcast_in_dim"(%191) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %194 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %195 = "stablehlo.broadcast_in_dim"(%194) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %196 = "stablehlo.multiply"(%193, %195) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %197 = "stablehlo.add"(%196, %192) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %198 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %199 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %399:10 = "stablehlo.while"(%199, %198, %180, %181, %182, %183, %197, %185, %186, %187) ({
        ^bb0(%200: tensor<i32>, %201: tensor<i32>, %202: tensor<1x2x2x8x16xf32>, %203: tensor<1x2x8x16xf32>, %204: tensor<1x2x8x16xf32>, %205: tensor<8xi32>, %206: tensor<8xi32>, %207: tensor<1x2x2x8xf32>, %208: tensor<1x2x2x8xf32>, %209: tensor<1x2x2x8x16xf32>):
          %210 = "stablehlo.compare"(%200, %201) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%210) : (tensor<i1>) -> ()
        }, {
        ^bb0(%211: tensor<i32>, %212: tensor<i32>, %213: tensor<1x2x2x8x16xf32>, %214: tensor<1x2x8x16xf32>, %215: tensor<1x2x8x16xf32>, %216: tensor<8xi32>, %217: tensor<8xi32>, %218: tensor<1x2x2x8xf32>, %219: tensor<1x2x2x8xf32>, %220: tensor<1x2x2x8x16xf32>):
          %221 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %222 = "stablehlo.multiply"(%211, %221) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %223 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %224 = "stablehlo.dynamic_slice"(%213, %223, %223, %223, %222, %223) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %225 = "stablehlo.reshape"(%224) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %226 = "stablehlo.dynamic_slice"(%216, %222) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %227 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %228 = "stablehlo.dynamic_slice"(%218, %227, %227, %227, %222) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %229 = "stablehlo.reshape"(%228) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %230 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %231 = "stablehlo.dynamic_slice"(%219, %230, %230, %230, %222) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %232 = "stablehlo.reshape"(%231) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %233 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %234 = "stablehlo.dynamic_slice"(%220, %233, %233, %233, %222, %233) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %235 = "stablehlo.reshape"(%234) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %236 = "stablehlo.slice"(%226) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %237 = "stablehlo.reshape"(%236) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %238 = "stablehlo.slice"(%226) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %239 = "stablehlo.reshape"(%238) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %240 = "stablehlo.slice"(%217) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %241 = "stablehlo.slice"(%217) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %242 = "stablehlo.broadcast_in_dim"(%239) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
          %243 = "stablehlo.compare"(%240, %242) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %244 = "stablehlo.convert"(%243) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
          %245 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %246 = "stablehlo.reduce"(%244, %245) ({
          ^bb0(%247: tensor<i32>, %248: tensor<i32>):
            %249 = "stablehlo.add"(%247, %248) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%249) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %250 = "stablehlo.broadcast_in_dim"(%237) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
          %251 = "stablehlo.compare"(%241, %250) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %252 = "stablehlo.convert"(%251) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
          %253 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %254 = "stablehlo.reduce"(%252, %253) ({
          ^bb0(%255: tensor<i32>, %256: tensor<i32>):
            %257 = "stablehlo.add"(%255, %256) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%257) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %258 = "stablehlo.minimum"(%254, %246) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %259 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %318:10 = "stablehlo.while"(%259, %258, %225, %226, %214, %215, %217, %229, %232, %235) ({
          ^bb0(%260: tensor<i32>, %261: tensor<i32>, %262: tensor<1x2x16x16xf32>, %263: tensor<8xi32>, %264: tensor<1x2x8x16xf32>, %265: tensor<1x2x8x16xf32>, %266: tensor<8xi32>, %267: tensor<1x2x16xf32>, %268: tensor<1x2x16xf32>, %269: tensor<1x2x16x16xf32>):
            %270 = "stablehlo.compare"(%260, %261) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%270) : (tensor<i1>) -> ()
          }, {
          ^bb0(%271: tensor<i32>, %272: tensor<i32>, %273: tensor<1x2x16x16xf32>, %274: tensor<8xi32>, %275: tensor<1x2x8x16xf32>, %276: tensor<1x2x8x16xf32>, %277: tensor<8xi32>, %278: tensor<1x2x16xf32>, %279: tensor<1x2x16xf32>, %280: tensor<1x2x16x16xf32>):
            %281 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %282 = "stablehlo.multiply"(%271, %281) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %283 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %284 = "stablehlo.dynamic_slice"(%275, %283, %283, %282, %283) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %285 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %286 = "stablehlo.dynamic_slice"(%276, %285, %285, %282, %285) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %287 = "stablehlo.dot_general"(%273, %284) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %288 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %289 = "stablehlo.reduce"(%287, %288) ({
            ^bb0(%290: tensor<f32>, %291: tensor<f32>):
              %292 = "stablehlo.maximum"(%290, %291) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%292) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %293 = "stablehlo.maximum"(%278, %289) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %294 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %295 = "stablehlo.broadcast_in_dim"(%294) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %296 = "stablehlo.compare"(%293, %295) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %297 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %298 = "stablehlo.broadcast_in_dim"(%297) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %299 = "stablehlo.select"(%296, %298, %293) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %300 = "stablehlo.broadcast_in_dim"(%299) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %301 = "stablehlo.subtract"(%287, %300) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %302 = "stablehlo.exponential"(%301) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %303 = "stablehlo.subtract"(%278, %299) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %304 = "stablehlo.exponential"(%303) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %305 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %306 = "stablehlo.reduce"(%302, %305) ({
            ^bb0(%307: tensor<f32>, %308: tensor<f32>):
              %309 = "stablehlo.add"(%307, %308) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%309) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %310 = "stablehlo.multiply"(%279, %304) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %311 = "stablehlo.add"(%310, %306) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %312 = "stablehlo.dot_general"(%302, %286) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %313 = "stablehlo.broadcast_in_dim"(%304) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %314 = "stablehlo.multiply"(%280, %313) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %315 = "stablehlo.add"(%314, %312) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %316 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %317 = "stablehlo.add"(%271, %316) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%317, %272, %273, %274, %275, %276, %277, %293, %311, %315) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %387:10 = "stablehlo.while"(%258, %246, %318#2, %318#3, %318#4, %318#5, %318#6, %318#7, %318#8, %318#9) ({
          ^bb0(%319: tensor<i32>, %320: tensor<i32>, %321: tensor<1x2x16x16xf32>, %322: tensor<8xi32>, %323: tensor<1x2x8x16xf32>, %324: tensor<1x2x8x16xf32>, %325: tensor<8xi32>, %326: tensor<1x2x16xf32>, %327: tensor<1x2x16xf32>, %328: tensor<1x2x16x16xf32>):
            %329 = "stablehlo.compare"(%319, %320) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%329) : (tensor<i1>) -> ()
          }, {
          ^bb0(%330: tensor<i32>, %331: tensor<i32>, %332: tensor<1x2x16x16xf32>, %333: tensor<8xi32>, %334: tensor<1x2x8x16xf32>, %335: tensor<1x2x8x16xf32>, %336: tensor<8xi32>, %337: tensor<1x2x16xf32>, %338: tensor<1x2x16xf32>, %339: tensor<1x2x16x16xf32>):
            %340 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %341 = "stablehlo.multiply"(%330, %340) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %342 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %343 = "stablehlo.dynamic_slice"(%334, %342, %342, %341, %342) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %344 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %345 = "stablehlo.dynamic_slice"(%335, %344, %344, %341, %344) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %346 = "stablehlo.dot_general"(%332, %343) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %347 = "stablehlo.dynamic_slice"(%336, %341) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
            %348 = "stablehlo.broadcast_in_dim"(%333) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %349 = "stablehlo.reshape"(%348) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %350 = "stablehlo.broadcast_in_dim"(%347) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %351 = "stablehlo.reshape"(%350) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %352 = "stablehlo.compare"(%351, %349) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %353 = "stablehlo.broadcast_in_dim"(%352) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %354 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %355 = "stablehlo.broadcast_in_dim"(%354) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %356 = "stablehlo.select"(%353, %346, %355) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %357 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %358 = "stablehlo.reduce"(%356, %357) ({
            ^bb0(%359: tensor<f32>, %360: tensor<f32>):
              %361 = "stablehlo.maximum"(%359, %360) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%361) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %362 = "stablehlo.maximum"(%337, %358) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %363 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %364 = "stablehlo.broadcast_in_dim"(%363) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %365 = "stablehlo.compare"(%362, %364) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %366 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %367 = "stablehlo.broadcast_in_dim"(%366) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %368 = "stablehlo.select"(%365, %367, %362) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %369 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %370 = "stablehlo.subtract"(%356, %369) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %371 = "stablehlo.exponential"(%370) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %372 = "stablehlo.subtract"(%337, %368) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %373 = "stablehlo.exponential"(%372) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %374 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %375 = "stablehlo.reduce"(%371, %374) ({
            ^bb0(%376: tensor<f32>, %377: tensor<f32>):
              %378 = "stablehlo.add"(%376, %377) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%378) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %379 = "stablehlo.multiply"(%338, %373) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %380 = "stablehlo.add"(%379, %375) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %381 = "stablehlo.dot_general"(%371, %345) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %382 = "stablehlo.broadcast_in_dim"(%373) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %383 = "stablehlo.multiply"(%339, %382) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %384 = "stablehlo.add"(%383, %381) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %385 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %386 = "stablehlo.add"(%330, %385) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%386, %331, %332, %333, %334, %335, %336, %362, %380, %384) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %388 = "stablehlo.reshape"(%387#7) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %389 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %390 = "stablehlo.dynamic_update_slice"(%218, %388, %389, %389, %389, %222) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %391 = "stablehlo.reshape"(%387#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %392 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %393 = "stablehlo.dynamic_update_slice"(%219, %391, %392, %392, %392, %222) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %394 = "stablehlo.reshape"(%387#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %395 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %396 = "stablehlo.dynamic_update_slice"(%220, %394, %395, %395, %395, %222, %395) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %397 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %398 = "stablehlo.add"(%211, %397) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%398, %212, %213, %214, %215, %216, %217, %390, %393, %396) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
        %400 = "stablehlo.collective_permute"(%181) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %401 = "stablehlo.collective_permute"(%182) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %402 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %403 = "stablehlo.add"(%178, %402) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%403, %179, %399#2, %400, %401, %399#5, %184, %399#7, %399#8, %399#9) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
      %405 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %406 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %407 = "stablehlo.subtract"(%404#6, %405) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %408 = "stablehlo.add"(%407, %406) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %409 = "stablehlo.remainder"(%408, %406) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %410 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
      %411 = "stablehlo.broadcast_in_dim"(%409) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
      %412 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %413 = "stablehlo.broadcast_in_dim"(%412) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
      %414 = "stablehlo.multiply"(%411, %413) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %415 = "stablehlo.add"(%414, %410) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %416 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %417 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %617:10 = "stablehlo.while"(%417, %416, %404#2, %404#3, %404#4, %404#5, %415, %404#7, %404#8, %404#9) ({
      ^bb0(%418: tensor<i32>, %419: tensor<i32>, %420: tensor<1x2x2x8x16xf32>, %421: tensor<1x2x8x16xf32>, %422: tensor<1x2x8x16xf32>, %423: tensor<8xi32>, %424: tensor<8xi32>, %425: tensor<1x2x2x8xf32>, %426: tensor<1x2x2x8xf32>, %427: tensor<1x2x2x8x16xf32>):
        %428 = "stablehlo.compare"(%418, %419) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%428) : (tensor<i1>) -> ()
      }, {
      ^bb0(%429: tensor<i32>, %430: tensor<i32>, %431: tensor<1x2x2x8x16xf32>, %432: tensor<1x2x8x16xf32>, %433: tensor<1x2x8x16xf32>, %434: tensor<8xi32>, %435: tensor<8xi32>, %436: tensor<1x2x2x8xf32>, %437: tensor<1x2x2x8xf32>, %438: tensor<1x2x2x8x16xf32>):
        %439 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %440 = "stablehlo.multiply"(%429, %439) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %441 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %442 = "stablehlo.dynamic_slice"(%431, %441, %441, %441, %440, %441) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %443 = "stablehlo.reshape"(%442) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %444 = "stablehlo.dynamic_slice"(%434, %440) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
        %445 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %446 = "stablehlo.dynamic_slice"(%436, %445, %445, %445, %440) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %447 = "stablehlo.reshape"(%446) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %448 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %449 = "stablehlo.dynamic_slice"(%437, %448, %448, %448, %440) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %450 = "stablehlo.reshape"(%449) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %451 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %452 = "stablehlo.dynamic_slice"(%438, %451, %451, %451, %440, %451) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %453 = "stablehlo.reshape"(%452) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %454 = "stablehlo.slice"(%444) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %455 = "stablehlo.reshape"(%454) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %456 = "stablehlo.slice"(%444) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %457 = "stablehlo.reshape"(%456) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %458 = "stablehlo.slice"(%435) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %459 = "stablehlo.slice"(%435) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %460 = "stablehlo.broadcast_in_dim"(%457) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
        %461 = "stablehlo.compare"(%458, %460) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %462 = "stablehlo.convert"(%461) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
        %463 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %464 = "stablehlo.reduce"(%462, %463) ({
        ^bb0(%465: tensor<i32>, %466: tensor<i32>):
          %467 = "stablehlo.add"(%465, %466) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%467) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %468 = "stablehlo.broadcast_in_dim"(%455) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
        %469 = "stablehlo.compare"(%459, %468) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %470 = "stablehlo.convert"(%469) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
        %471 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %472 = "stablehlo.reduce"(%470, %471) ({
        ^bb0(%473: tensor<i32>, %474: tensor<i32>):
          %475 = "stablehlo.add"(%473, %474) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%475) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %476 = "stablehlo.minimum"(%472, %464) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %477 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %536:10 = "stablehlo.while"(%477, %476, %443, %444, %432, %433, %435, %447, %450, %453) ({
        ^bb0(%478: tensor<i32>, %479: tensor<i32>, %480: tensor<1x2x16x16xf32>, %481: tensor<8xi32>, %482: tensor<1x2x8x16xf32>, %483: tensor<1x2x8x16xf32>, %484: tensor<8xi32>, %485: tensor<1x2x16xf32>, %486: tensor<1x2x16xf32>, %487: tensor<1x2x16x16xf32>):
          %488 = "stablehlo.compare"(%478, %479) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%488) : (tensor<i1>) -> ()
        }, {
        ^bb0(%489: tensor<i32>, %490: tensor<i32>, %491: tensor<1x2x16x16xf32>, %492: tensor<8xi32>, %493: tensor<1x2x8x16xf32>, %494: tensor<1x2x8x16xf32>, %495: tensor<8xi32>, %496: tensor<1x2x16xf32>, %497: tensor<1x2x16xf32>, %498: tensor<1x2x16x16xf32>):
          %499 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %500 = "stablehlo.multiply"(%489, %499) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %501 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %502 = "stablehlo.dynamic_slice"(%493, %501, %501, %500, %501) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %503 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %504 = "stablehlo.dynamic_slice"(%494, %503, %503, %500, %503) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %505 = "stablehlo.dot_general"(%491, %502) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %506 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %507 = "stablehlo.reduce"(%505, %506) ({
          ^bb0(%508: tensor<f32>, %509: tensor<f32>):
            %510 = "stablehlo.maximum"(%508, %509) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%510) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %511 = "stablehlo.maximum"(%496, %507) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %512 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %513 = "stablehlo.broadcast_in_dim"(%512) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %514 = "stablehlo.compare"(%511, %513) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %515 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %516 = "stablehlo.broadcast_in_dim"(%515) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %517 = "stablehlo.select"(%514, %516, %511) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %518 = "stablehlo.broadcast_in_dim"(%517) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %519 = "stablehlo.subtract"(%505, %518) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %520 = "stablehlo.exponential"(%519) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %521 = "stablehlo.subtract"(%496, %517) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %522 = "stablehlo.exponential"(%521) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %523 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %524 = "stablehlo.reduce"(%520, %523) ({
          ^bb0(%525: tensor<f32>, %526: tensor<f32>):
            %527 = "stablehlo.add"(%525, %526) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%527) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %528 = "stablehlo.multiply"(%497, %522) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %529 = "stablehlo.add"(%528, %524) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %530 = "stablehlo.dot_general"(%520, %504) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %531 = "stablehlo.broadcast_in_dim"(%522) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %532 = "stablehlo.multiply"(%498, %531) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %533 = "stablehlo.add"(%532, %530) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %534 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %535 = "stablehlo.add"(%489, %534) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%535, %490, %491, %492, %493, %494, %495, %511, %529, %533) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %605:10 = "stablehlo.while"(%476, %464, %536#2, %536#3, %536#4, %536#5, %536#6, %536#7, %536#8, %536#9) ({
        ^bb0(%537: tensor<i32>, %538: tensor<i32>, %539: tensor<1x2x16x16xf32>, %540: tensor<8xi32>, %541: tensor<1x2x8x16xf32>, %542: tensor<1x2x8x16xf32>, %543: tensor<8xi32>, %544: tensor<1x2x16xf32>, %545: tensor<1x2x16xf32>, %546: tensor<1x2x16x16xf32>):
          %547 = "stablehlo.compare"(%537, %538) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%547) : (tensor<i1>) -> ()
        }, {
        ^bb0(%548: tensor<i32>, %549: tensor<i32>, %550: tensor<1x2x16x16xf32>, %551: tensor<8xi32>, %552: tensor<1x2x8x16xf32>, %553: tensor<1x2x8x16xf32>, %554: tensor<8xi32>, %555: tensor<1x2x16xf32>, %556: tensor<1x2x16xf32>, %557: tensor<1x2x16x16xf32>):
          %558 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %559 = "stablehlo.multiply"(%548, %558) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %560 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %561 = "stablehlo.dynamic_slice"(%552, %560, %560, %559, %560) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %562 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %563 = "stablehlo.dynamic_slice"(%553, %562, %562, %559, %562) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %564 = "stablehlo.dot_general"(%550, %561) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %565 = "stablehlo.dynamic_slice"(%554, %559) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %566 = "stablehlo.broadcast_in_dim"(%551) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %567 = "stablehlo.reshape"(%566) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %568 = "stablehlo.broadcast_in_dim"(%565) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %569 = "stablehlo.reshape"(%568) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %570 = "stablehlo.compare"(%569, %567) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %571 = "stablehlo.broadcast_in_dim"(%570) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %572 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %573 = "stablehlo.broadcast_in_dim"(%572) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %574 = "stablehlo.select"(%571, %564, %573) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %575 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %576 = "stablehlo.reduce"(%574, %575) ({
          ^bb0(%577: tensor<f32>, %578: tensor<f32>):
            %579 = "stablehlo.maximum"(%577, %578) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%579) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %580 = "stablehlo.maximum"(%555, %576) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %581 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %582 = "stablehlo.broadcast_in_dim"(%581) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %583 = "stablehlo.compare"(%580, %582) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %584 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %585 = "stablehlo.broadcast_in_dim"(%584) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %586 = "stablehlo.select"(%583, %585, %580) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %587 = "stablehlo.broadcast_in_dim"(%586) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %588 = "stablehlo.subtract"(%574, %587) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %589 = "stablehlo.exponential"(%588) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %590 = "stablehlo.subtract"(%555, %586) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %591 = "stablehlo.exponential"(%590) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %592 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %593 = "stablehlo.reduce"(%589, %592) ({
          ^bb0(%594: tensor<f32>, %595: tensor<f32>):
            %596 = "stablehlo.add"(%594, %595) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%596) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %597 = "stablehlo.multiply"(%556, %591) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %598 = "stablehlo.add"(%597, %593) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %599 = "stablehlo.dot_general"(%589, %563) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %600 = "stablehlo.broadcast_in_dim"(%591) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %601 = "stablehlo.multiply"(%557, %600) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %602 = "stablehlo.add"(%601, %599) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %603 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %604 = "stablehlo.add"(%548, %603) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%604, %549, %550, %551, %552, %553, %554, %580, %598, %602) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %606 = "stablehlo.reshape"(%605#7) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %607 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %608 = "stablehlo.dynamic_update_slice"(%436, %606, %607, %607, %607, %440) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %609 = "stablehlo.reshape"(%605#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %610 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %611 = "stablehlo.dynamic_update_slice"(%437, %609, %610, %610, %610, %440) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %612 = "stablehlo.reshape"(%605#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
        %613 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %614 = "stablehlo.dynamic_update_slice"(%438, %612, %613, %613, %613, %440, %613) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %615 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %616 = "stablehlo.add"(%429, %615) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%616, %430, %431, %432, %433, %434, %435, %608, %611, %614) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
      %618 = "stablehlo.broadcast_in_dim"(%617#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x8x16xf32>
      %619 = "stablehlo.divide"(%617#9, %618) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>) -> tensor<1x2x2x8x16xf32>
      %620 = "stablehlo.transpose"(%619) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x8x2x2x16xf32>
      %621 = "stablehlo.reshape"(%620) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x2x16xf32>) -> tensor<1x8x64xf32>
      %622 = "stablehlo.dot_general"(%621, %56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %623 = "stablehlo.add"(%30, %622) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %624 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %625 = "stablehlo.broadcast_in_dim"(%624) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
      %626 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %627 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %679:8 = "stablehlo.while"(%627, %626, %623, %62, %65, %68, %59, %625) ({
      ^bb0(%628: tensor<i32>, %629: tensor<i32>, %630: tensor<1x8x64xf32>, %631: tensor<172x64xf32>, %632: tensor<172x64xf32>, %633: tensor<64x172xf32>, %634: tensor<64xf32>, %635: tensor<1x8x64xf32>):
        %636 = "stablehlo.compare"(%628, %629) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%636) : (tensor<i1>) -> ()
      }, {
      ^bb0(%637: tensor<i32>, %638: tensor<i32>, %639: tensor<1x8x64xf32>, %640: tensor<172x64xf32>, %641: tensor<172x64xf32>, %642: tensor<64x172xf32>, %643: tensor<64xf32>, %644: tensor<1x8x64xf32>):
        %645 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %646 = "stablehlo.multiply"(%637, %645) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %647 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %648 = "stablehlo.dynamic_slice"(%639, %647, %646, %647) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %649 = "stablehlo.multiply"(%648, %648) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %650 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %651 = "stablehlo.reduce"(%649, %650) ({
        ^bb0(%652: tensor<f32>, %653: tensor<f32>):
          %654 = "stablehlo.add"(%652, %653) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%654) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %655 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %656 = "stablehlo.broadcast_in_dim"(%655) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %657 = "stablehlo.divide"(%651, %656) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %658 = "stablehlo.reshape"(%657) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %659 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %660 = "stablehlo.broadcast_in_dim"(%659) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %661 = "stablehlo.add"(%658, %660) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %662 = "stablehlo.rsqrt"(%661) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %663 = "stablehlo.reshape"(%662) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %664 = "stablehlo.broadcast_in_dim"(%663) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %665 = "stablehlo.multiply"(%648, %664) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %666 = "stablehlo.broadcast_in_dim"(%643) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %667 = "stablehlo.multiply"(%665, %666) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %668 = "stablehlo.dot_general"(%667, %641) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %669 = "stablehlo.logistic"(%668) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %670 = "stablehlo.multiply"(%668, %669) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %671 = "stablehlo.dot_general"(%667, %640) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %672 = "stablehlo.multiply"(%670, %671) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %673 = "stablehlo.dot_general"(%672, %642) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<64x172xf32>) -> tensor<1x8x64xf32>
        %674 = "stablehlo.add"(%648, %673) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %675 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %676 = "stablehlo.dynamic_update_slice"(%644, %674, %675, %646, %675) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %677 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %678 = "stablehlo.add"(%637, %677) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%678, %638, %639, %640, %641, %642, %643, %676) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %680 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %681 = "stablehlo.add"(%28, %680) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%681, %29, %679#7, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %683 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %684 = "stablehlo.broadcast_in_dim"(%683) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x256xf32>
    %685 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %686 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %728:6 = "stablehlo.while"(%686, %685, %682#2, %arg11, %arg12, %684) ({
    ^bb0(%687: tensor<i32>, %688: tensor<i32>, %689: tensor<1x8x64xf32>, %690: tensor<64xf32>, %691: tensor<256x64xf32>, %692: tensor<1x8x256xf32>):
      %693 = "stablehlo.compare"(%687, %688) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%693) : (tensor<i1>) -> ()
    }, {
    ^bb0(%694: tensor<i32>, %695: tensor<i32>, %696: tensor<1x8x64xf32>, %697: tensor<64xf32>, %698: tensor<256x64xf32>, %699: tensor<1x8x256xf32>):
      %700 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %701 = "stablehlo.multiply"(%694, %700) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %702 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %703 = "stablehlo.dynamic_slice"(%696, %702, %701, %702) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
      %704 = "stablehlo.multiply"(%703, %703) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %705 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %706 = "stablehlo.reduce"(%704, %705) ({
      ^bb0(%707: tensor<f32>, %708: tensor<f32>):
        %709 = "stablehlo.add"(%707, %708) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%709) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
      %710 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %711 = "stablehlo.broadcast_in_dim"(%710) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
      %712 = "stablehlo.divide"(%706, %711) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %713 = "stablehlo.reshape"(%712) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
      %714 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %715 = "stablehlo.broadcast_in_dim"(%714) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
      %716 = "stablehlo.add"(%713, %715) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %717 = "stablehlo.rsqrt"(%716) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %718 = "stablehlo.reshape"(%717) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
      %719 = "stablehlo.broadcast_in_dim"(%718) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
      %720 = "stablehlo.multiply"(%703, %719) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %721 = "stablehlo.broadcast_in_dim"(%697) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
      %722 = "stablehlo.multiply"(%720, %721) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %723 = "stablehlo.dot_general"(%722, %698) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<256x64xf32>) -> tensor<1x8x256xf32>
      %724 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %725 = "stablehlo.dynamic_update_slice"(%699, %723, %724, %701, %724) {mhlo.sharding = "{manual}"} : (tensor<1x8x256xf32>, tensor<1x8x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x256xf32>
      %726 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %727 = "stablehlo.add"(%694, %726) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%727, %695, %696, %697, %698, %725) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x8x256xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x8x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x8x256xf32>)
    %729 = "stablehlo.reshape"(%728#5) {mhlo.sharding = "{manual}"} : (tensor<1x8x256xf32>) -> tensor<1x8x256xf32>
    return %729 : tensor<1x8x256xf32>
  }
}
