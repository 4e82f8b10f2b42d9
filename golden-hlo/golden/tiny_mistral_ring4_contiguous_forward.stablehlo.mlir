module @tiny_mistral_ring4_contiguous_forward attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
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
    %899:14 = "stablehlo.while"(%12, %11, %0, %10, %4, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
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
      %69 = "stablehlo.constant"() {value = dense<12> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %70 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %71 = "stablehlo.broadcast_in_dim"(%70) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x64xf32>
      %72 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %73 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %112:5 = "stablehlo.while"(%73, %72, %30, %44, %71) ({
      ^bb0(%74: tensor<i32>, %75: tensor<i32>, %76: tensor<1x16x64xf32>, %77: tensor<64xf32>, %78: tensor<1x16x64xf32>):
        %79 = "stablehlo.compare"(%74, %75) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%79) : (tensor<i1>) -> ()
      }, {
      ^bb0(%80: tensor<i32>, %81: tensor<i32>, %82: tensor<1x16x64xf32>, %83: tensor<64xf32>, %84: tensor<1x16x64xf32>):
        %85 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %86 = "stablehlo.multiply"(%80, %85) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %87 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %88 = "stablehlo.dynamic_slice"(%82, %87, %86, %87) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %89 = "stablehlo.multiply"(%88, %88) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %90 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %91 = "stablehlo.reduce"(%89, %90) ({
        ^bb0(%92: tensor<f32>, %93: tensor<f32>):
          %94 = "stablehlo.add"(%92, %93) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%94) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %95 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %96 = "stablehlo.broadcast_in_dim"(%95) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %97 = "stablehlo.divide"(%91, %96) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %98 = "stablehlo.reshape"(%97) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %99 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %100 = "stablehlo.broadcast_in_dim"(%99) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %101 = "stablehlo.add"(%98, %100) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %102 = "stablehlo.rsqrt"(%101) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %103 = "stablehlo.reshape"(%102) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %104 = "stablehlo.broadcast_in_dim"(%103) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %105 = "stablehlo.multiply"(%88, %104) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %106 = "stablehlo.broadcast_in_dim"(%83) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %107 = "stablehlo.multiply"(%105, %106) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %108 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %109 = "stablehlo.dynamic_update_slice"(%84, %107, %108, %86, %108) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
        %110 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %111 = "stablehlo.add"(%80, %110) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%111, %81, %82, %83, %109) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<1x16x64xf32>)
      %113 = "stablehlo.dot_general"(%112#4, %47) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
      %114 = "stablehlo.reshape"(%113) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
      %115 = "stablehlo.dot_general"(%112#4, %50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<32x64xf32>) -> tensor<1x16x32xf32>
      %116 = "stablehlo.reshape"(%115) {mhlo.sharding = "{manual}"} : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %117 = "stablehlo.dot_general"(%112#4, %53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<32x64xf32>) -> tensor<1x16x32xf32>
      %118 = "stablehlo.reshape"(%117) {mhlo.sharding = "{manual}"} : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %119 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %120 = "stablehlo.convert"(%31) {mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<16xf32>
      %121 = "stablehlo.broadcast_in_dim"(%120) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<16xf32>) -> tensor<16x8xf32>
      %122 = "stablehlo.broadcast_in_dim"(%119) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<16x8xf32>
      %123 = "stablehlo.multiply"(%121, %122) {mhlo.sharding = "{manual}"} : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
      %124 = "stablehlo.concatenate"(%123, %123) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x16xf32>
      %125 = "stablehlo.cosine"(%124) {mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<16x16xf32>
      %126 = "stablehlo.broadcast_in_dim"(%125) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<1x16x4x16xf32>
      %127 = "stablehlo.sine"(%124) {mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<16x16xf32>
      %128 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<1x16x4x16xf32>
      %129 = "stablehlo.slice"(%114) {limit_indices = array<i64: 1, 16, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>) -> tensor<1x16x4x8xf32>
      %130 = "stablehlo.slice"(%114) {limit_indices = array<i64: 1, 16, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>) -> tensor<1x16x4x8xf32>
      %131 = "stablehlo.negate"(%130) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %132 = "stablehlo.concatenate"(%131, %129) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x16xf32>
      %133 = "stablehlo.multiply"(%114, %126) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
      %134 = "stablehlo.multiply"(%132, %128) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
      %135 = "stablehlo.add"(%133, %134) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
      %136 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %137 = "stablehlo.convert"(%31) {mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<16xf32>
      %138 = "stablehlo.broadcast_in_dim"(%137) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<16xf32>) -> tensor<16x8xf32>
      %139 = "stablehlo.broadcast_in_dim"(%136) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<16x8xf32>
      %140 = "stablehlo.multiply"(%138, %139) {mhlo.sharding = "{manual}"} : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
      %141 = "stablehlo.concatenate"(%140, %140) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x16xf32>
      %142 = "stablehlo.cosine"(%141) {mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<16x16xf32>
      %143 = "stablehlo.broadcast_in_dim"(%142) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<1x16x2x16xf32>
      %144 = "stablehlo.sine"(%141) {mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<16x16xf32>
      %145 = "stablehlo.broadcast_in_dim"(%144) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<16x16xf32>) -> tensor<1x16x2x16xf32>
      %146 = "stablehlo.slice"(%116) {limit_indices = array<i64: 1, 16, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x8xf32>
      %147 = "stablehlo.slice"(%116) {limit_indices = array<i64: 1, 16, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x8xf32>
      %148 = "stablehlo.negate"(%147) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %149 = "stablehlo.concatenate"(%148, %146) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x16xf32>
      %150 = "stablehlo.multiply"(%116, %143) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>, tensor<1x16x2x16xf32>) -> tensor<1x16x2x16xf32>
      %151 = "stablehlo.multiply"(%149, %145) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>, tensor<1x16x2x16xf32>) -> tensor<1x16x2x16xf32>
      %152 = "stablehlo.add"(%150, %151) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>, tensor<1x16x2x16xf32>) -> tensor<1x16x2x16xf32>
      %153 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %154 = "stablehlo.broadcast_in_dim"(%153) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x4x16xf32>
      %155 = "stablehlo.multiply"(%135, %154) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
      %156 = "stablehlo.reshape"(%155) {mhlo.sharding = "{manual}"} : (tensor<1x16x4x16xf32>) -> tensor<1x16x2x2x16xf32>
      %157 = "stablehlo.transpose"(%156) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x2x16xf32>) -> tensor<1x2x2x16x16xf32>
      %158 = "stablehlo.transpose"(%152) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %159 = "stablehlo.transpose"(%118) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %160 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %161 = "stablehlo.broadcast_in_dim"(%160) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x16xf32>
      %162 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %163 = "stablehlo.broadcast_in_dim"(%162) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x16xf32>
      %164 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %165 = "stablehlo.broadcast_in_dim"(%164) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x16x16xf32>
      %166 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %167 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %514:11 = "stablehlo.while"(%167, %166, %157, %158, %159, %31, %69, %32, %161, %163, %165) ({
      ^bb0(%168: tensor<i32>, %169: tensor<i32>, %170: tensor<1x2x2x16x16xf32>, %171: tensor<1x2x16x16xf32>, %172: tensor<1x2x16x16xf32>, %173: tensor<16xi32>, %174: tensor<i32>, %175: tensor<i32>, %176: tensor<1x2x2x16xf32>, %177: tensor<1x2x2x16xf32>, %178: tensor<1x2x2x16x16xf32>):
        %179 = "stablehlo.compare"(%168, %169) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%179) : (tensor<i1>) -> ()
      }, {
      ^bb0(%180: tensor<i32>, %181: tensor<i32>, %182: tensor<1x2x2x16x16xf32>, %183: tensor<1x2x16x16xf32>, %184: tensor<1x2x16x16xf32>, %185: tensor<16xi32>, %186: tensor<i32>, %187: tensor<i32>, %188: tensor<1x2x2x16xf32>, %189: tensor<1x2x2x16xf32>, %190: tensor<1x2x2x16x16xf32>):
        %191 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %192 = "stablehlo.subtract"(%187, %180) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %193 = "stablehlo.add"(%192, %191) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %194 = "stablehlo.remainder"(%193, %191) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %195 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
        %196 = "stablehlo.broadcast_in_dim"(%194) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
        %197 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %198 = "stablehlo.broadcast_in_dim"(%197) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
        %199 = "stablehlo.multiply"(%196, %198) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
        %200 = "stablehlo.add"(%199, %195) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
        %201 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %202 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %509:11 = "stablehlo.while"(%202, %201, %182, %183, %184, %185, %186, %200, %188, %189, %190) ({
        ^bb0(%203: tensor<i32>, %204: tensor<i32>, %205: tensor<1x2x2x16x16xf32>, %206: tensor<1x2x16x16xf32>, %207: tensor<1x2x16x16xf32>, %208: tensor<16xi32>, %209: tensor<i32>, %210: tensor<16xi32>, %211: tensor<1x2x2x16xf32>, %212: tensor<1x2x2x16xf32>, %213: tensor<1x2x2x16x16xf32>):
          %214 = "stablehlo.compare"(%203, %204) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%214) : (tensor<i1>) -> ()
        }, {
        ^bb0(%215: tensor<i32>, %216: tensor<i32>, %217: tensor<1x2x2x16x16xf32>, %218: tensor<1x2x16x16xf32>, %219: tensor<1x2x16x16xf32>, %220: tensor<16xi32>, %221: tensor<i32>, %222: tensor<16xi32>, %223: tensor<1x2x2x16xf32>, %224: tensor<1x2x2x16xf32>, %225: tensor<1x2x2x16x16xf32>):
          %226 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %227 = "stablehlo.multiply"(%215, %226) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %228 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %229 = "stablehlo.dynamic_slice"(%217, %228, %228, %228, %227, %228) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %230 = "stablehlo.reshape"(%229) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %231 = "stablehlo.dynamic_slice"(%220, %227) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
          %232 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %233 = "stablehlo.dynamic_slice"(%223, %232, %232, %232, %227) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %234 = "stablehlo.reshape"(%233) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %235 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %236 = "stablehlo.dynamic_slice"(%224, %235, %235, %235, %227) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %237 = "stablehlo.reshape"(%236) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %238 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %239 = "stablehlo.dynamic_slice"(%225, %238, %238, %238, %227, %238) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %240 = "stablehlo.reshape"(%239) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %241 = "stablehlo.slice"(%231) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %242 = "stablehlo.reshape"(%241) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %243 = "stablehlo.slice"(%231) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %244 = "stablehlo.reshape"(%243) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %245 = "stablehlo.slice"(%222) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
          %246 = "stablehlo.slice"(%222) {limit_indices = array<i64: 16>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
          %247 = "stablehlo.broadcast_in_dim"(%244) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %248 = "stablehlo.compare"(%245, %247) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %249 = "stablehlo.convert"(%248) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %250 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %251 = "stablehlo.reduce"(%249, %250) ({
          ^bb0(%252: tensor<i32>, %253: tensor<i32>):
            %254 = "stablehlo.add"(%252, %253) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%254) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %255 = "stablehlo.broadcast_in_dim"(%242) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %256 = "stablehlo.compare"(%246, %255) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %257 = "stablehlo.convert"(%256) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %258 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %259 = "stablehlo.reduce"(%257, %258) ({
          ^bb0(%260: tensor<i32>, %261: tensor<i32>):
            %262 = "stablehlo.add"(%260, %261) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%262) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %263 = "stablehlo.minimum"(%259, %251) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %264 = "stablehlo.subtract"(%242, %221) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %265 = "stablehlo.broadcast_in_dim"(%264) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %266 = "stablehlo.compare"(%246, %265) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %267 = "stablehlo.convert"(%266) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %268 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %269 = "stablehlo.reduce"(%267, %268) ({
          ^bb0(%270: tensor<i32>, %271: tensor<i32>):
            %272 = "stablehlo.add"(%270, %271) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%272) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %273 = "stablehlo.subtract"(%244, %221) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %274 = "stablehlo.broadcast_in_dim"(%273) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %275 = "stablehlo.compare"(%245, %274) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %276 = "stablehlo.convert"(%275) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %277 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %278 = "stablehlo.reduce"(%276, %277) ({
          ^bb0(%279: tensor<i32>, %280: tensor<i32>):
            %281 = "stablehlo.add"(%279, %280) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%281) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %282 = "stablehlo.minimum"(%269, %251) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %283 = "stablehlo.maximum"(%278, %282) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %284 = "stablehlo.minimum"(%283, %251) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %285 = "stablehlo.minimum"(%263, %251) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %286 = "stablehlo.maximum"(%285, %284) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %361:11 = "stablehlo.while"(%282, %284, %230, %231, %221, %218, %219, %222, %234, %237, %240) ({
          ^bb0(%287: tensor<i32>, %288: tensor<i32>, %289: tensor<1x2x16x16xf32>, %290: tensor<8xi32>, %291: tensor<i32>, %292: tensor<1x2x16x16xf32>, %293: tensor<1x2x16x16xf32>, %294: tensor<16xi32>, %295: tensor<1x2x16xf32>, %296: tensor<1x2x16xf32>, %297: tensor<1x2x16x16xf32>):
            %298 = "stablehlo.compare"(%287, %288) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%298) : (tensor<i1>) -> ()
          }, {
          ^bb0(%299: tensor<i32>, %300: tensor<i32>, %301: tensor<1x2x16x16xf32>, %302: tensor<8xi32>, %303: tensor<i32>, %304: tensor<1x2x16x16xf32>, %305: tensor<1x2x16x16xf32>, %306: tensor<16xi32>, %307: tensor<1x2x16xf32>, %308: tensor<1x2x16xf32>, %309: tensor<1x2x16x16xf32>):
            %310 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %311 = "stablehlo.multiply"(%299, %310) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %312 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %313 = "stablehlo.dynamic_slice"(%304, %312, %312, %311, %312) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %314 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %315 = "stablehlo.dynamic_slice"(%305, %314, %314, %311, %314) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %316 = "stablehlo.dot_general"(%301, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %317 = "stablehlo.dynamic_slice"(%306, %311) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %318 = "stablehlo.broadcast_in_dim"(%302) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %319 = "stablehlo.reshape"(%318) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %320 = "stablehlo.broadcast_in_dim"(%317) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %321 = "stablehlo.reshape"(%320) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %322 = "stablehlo.compare"(%321, %319) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %323 = "stablehlo.broadcast_in_dim"(%303) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
            %324 = "stablehlo.subtract"(%319, %323) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
            %325 = "stablehlo.compare"(%321, %324) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %326 = "stablehlo.and"(%322, %325) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
            %327 = "stablehlo.broadcast_in_dim"(%326) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %328 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %329 = "stablehlo.broadcast_in_dim"(%328) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %330 = "stablehlo.select"(%327, %316, %329) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %331 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %332 = "stablehlo.reduce"(%330, %331) ({
            ^bb0(%333: tensor<f32>, %334: tensor<f32>):
              %335 = "stablehlo.maximum"(%333, %334) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%335) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %336 = "stablehlo.maximum"(%307, %332) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %337 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %338 = "stablehlo.broadcast_in_dim"(%337) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %339 = "stablehlo.compare"(%336, %338) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %340 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %341 = "stablehlo.broadcast_in_dim"(%340) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %342 = "stablehlo.select"(%339, %341, %336) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %343 = "stablehlo.broadcast_in_dim"(%342) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %344 = "stablehlo.subtract"(%330, %343) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %345 = "stablehlo.exponential"(%344) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %346 = "stablehlo.subtract"(%307, %342) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %347 = "stablehlo.exponential"(%346) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %348 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %349 = "stablehlo.reduce"(%345, %348) ({
            ^bb0(%350: tensor<f32>, %351: tensor<f32>):
              %352 = "stablehlo.add"(%350, %351) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%352) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %353 = "stablehlo.multiply"(%308, %347) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %354 = "stablehlo.add"(%353, %349) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %355 = "stablehlo.dot_general"(%345, %315) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %356 = "stablehlo.broadcast_in_dim"(%347) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %357 = "stablehlo.multiply"(%309, %356) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %358 = "stablehlo.add"(%357, %355) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %359 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %360 = "stablehlo.add"(%299, %359) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%360, %300, %301, %302, %303, %304, %305, %306, %336, %354, %358) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %422:11 = "stablehlo.while"(%284, %286, %361#2, %361#3, %361#4, %361#5, %361#6, %361#7, %361#8, %361#9, %361#10) ({
          ^bb0(%362: tensor<i32>, %363: tensor<i32>, %364: tensor<1x2x16x16xf32>, %365: tensor<8xi32>, %366: tensor<i32>, %367: tensor<1x2x16x16xf32>, %368: tensor<1x2x16x16xf32>, %369: tensor<16xi32>, %370: tensor<1x2x16xf32>, %371: tensor<1x2x16xf32>, %372: tensor<1x2x16x16xf32>):
            %373 = "stablehlo.compare"(%362, %363) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%373) : (tensor<i1>) -> ()
          }, {
          ^bb0(%374: tensor<i32>, %375: tensor<i32>, %376: tensor<1x2x16x16xf32>, %377: tensor<8xi32>, %378: tensor<i32>, %379: tensor<1x2x16x16xf32>, %380: tensor<1x2x16x16xf32>, %381: tensor<16xi32>, %382: tensor<1x2x16xf32>, %383: tensor<1x2x16xf32>, %384: tensor<1x2x16x16xf32>):
            %385 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %386 = "stablehlo.multiply"(%374, %385) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %387 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %388 = "stablehlo.dynamic_slice"(%379, %387, %387, %386, %387) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %389 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %390 = "stablehlo.dynamic_slice"(%380, %389, %389, %386, %389) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %391 = "stablehlo.dot_general"(%376, %388) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %392 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %393 = "stablehlo.reduce"(%391, %392) ({
            ^bb0(%394: tensor<f32>, %395: tensor<f32>):
              %396 = "stablehlo.maximum"(%394, %395) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%396) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %397 = "stablehlo.maximum"(%382, %393) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %398 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %399 = "stablehlo.broadcast_in_dim"(%398) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %400 = "stablehlo.compare"(%397, %399) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %401 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %402 = "stablehlo.broadcast_in_dim"(%401) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %403 = "stablehlo.select"(%400, %402, %397) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %404 = "stablehlo.broadcast_in_dim"(%403) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %405 = "stablehlo.subtract"(%391, %404) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %406 = "stablehlo.exponential"(%405) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %407 = "stablehlo.subtract"(%382, %403) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %408 = "stablehlo.exponential"(%407) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %409 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %410 = "stablehlo.reduce"(%406, %409) ({
            ^bb0(%411: tensor<f32>, %412: tensor<f32>):
              %413 = "stablehlo.add"(%411, %412) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%413) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %414 = "stablehlo.multiply"(%383, %408) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %415 = "stablehlo.add"(%414, %410) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %416 = "stablehlo.dot_general"(%406, %390) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %417 = "stablehlo.broadcast_in_dim"(%408) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %418 = "stablehlo.multiply"(%384, %417) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %419 = "stablehlo.add"(%418, %416) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %420 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %421 = "stablehlo.add"(%374, %420) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%421, %375, %376, %377, %378, %379, %380, %381, %397, %415, %419) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %497:11 = "stablehlo.while"(%286, %251, %422#2, %422#3, %422#4, %422#5, %422#6, %422#7, %422#8, %422#9, %422#10) ({
          ^bb0(%423: tensor<i32>, %424: tensor<i32>, %425: tensor<1x2x16x16xf32>, %426: tensor<8xi32>, %427: tensor<i32>, %428: tensor<1x2x16x16xf32>, %429: tensor<1x2x16x16xf32>, %430: tensor<16xi32>, %431: tensor<1x2x16xf32>, %432: tensor<1x2x16xf32>, %433: tensor<1x2x16x16xf32>):
            %434 = "stablehlo.compare"(%423, %424) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%434) : (tensor<i1>) -> ()
          }, {
          ^bb0(%435: tensor<i32>, %436: tensor<i32>, %437: tensor<1x2x16x16xf32>, %438: tensor<8xi32>, %439: tensor<i32>, %440: tensor<1x2x16x16xf32>, %441: tensor<1x2x16x16xf32>, %442: tensor<16xi32>, %443: tensor<1x2x16xf32>, %444: tensor<1x2x16xf32>, %445: tensor<1x2x16x16xf32>):
            %446 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %447 = "stablehlo.multiply"(%435, %446) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %448 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %449 = "stablehlo.dynamic_slice"(%440, %448, %448, %447, %448) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %450 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %451 = "stablehlo.dynamic_slice"(%441, %450, %450, %447, %450) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %452 = "stablehlo.dot_general"(%437, %449) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %453 = "stablehlo.dynamic_slice"(%442, %447) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
            %454 = "stablehlo.broadcast_in_dim"(%438) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %455 = "stablehlo.reshape"(%454) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %456 = "stablehlo.broadcast_in_dim"(%453) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %457 = "stablehlo.reshape"(%456) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %458 = "stablehlo.compare"(%457, %455) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %459 = "stablehlo.broadcast_in_dim"(%439) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
            %460 = "stablehlo.subtract"(%455, %459) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
            %461 = "stablehlo.compare"(%457, %460) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %462 = "stablehlo.and"(%458, %461) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
            %463 = "stablehlo.broadcast_in_dim"(%462) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %464 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %465 = "stablehlo.broadcast_in_dim"(%464) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %466 = "stablehlo.select"(%463, %452, %465) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %467 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %468 = "stablehlo.reduce"(%466, %467) ({
            ^bb0(%469: tensor<f32>, %470: tensor<f32>):
              %471 = "stablehlo.maximum"(%469, %470) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%471) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %472 = "stablehlo.maximum"(%443, %468) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %473 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %474 = "stablehlo.broadcast_in_dim"(%473) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %475 = "stablehlo.compare"(%472, %474) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %476 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %477 = "stablehlo.broadcast_in_dim"(%476) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %478 = "stablehlo.select"(%475, %477, %472) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %479 = "stablehlo.broadcast_in_dim"(%478) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %480 = "stablehlo.subtract"(%466, %479) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %481 = "stablehlo.exponential"(%480) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %482 = "stablehlo.subtract"(%443, %478) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %483 = "stablehlo.exponential"(%482) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %484 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %485 = "stablehlo.reduce"(%481, %484) ({
            ^bb0(%486: tensor<f32>, %487: tensor<f32>):
              %488 = "stablehlo.add"(%486, %487) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%488) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %489 = "stablehlo.multiply"(%444, %483) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %490 = "stablehlo.add"(%489, %485) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %491 = "stablehlo.dot_general"(%481, %451) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %492 = "stablehlo.broadcast_in_dim"(%483) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %493 = "stablehlo.multiply"(%445, %492) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %494 = "stablehlo.add"(%493, %491) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %495 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %496 = "stablehlo.add"(%435, %495) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%496, %436, %437, %438, %439, %440, %441, %442, %472, %490, %494) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %498 = "stablehlo.reshape"(%497#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %499 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %500 = "stablehlo.dynamic_update_slice"(%223, %498, %499, %499, %499, %227) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
          %501 = "stablehlo.reshape"(%497#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %502 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %503 = "stablehlo.dynamic_update_slice"(%224, %501, %502, %502, %502, %227) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
          %504 = "stablehlo.reshape"(%497#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %505 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %506 = "stablehlo.dynamic_update_slice"(%225, %504, %505, %505, %505, %227, %505) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x16xf32>
          %507 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %508 = "stablehlo.add"(%215, %507) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%508, %216, %217, %218, %219, %220, %221, %222, %500, %503, %506) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
        %510 = "stablehlo.collective_permute"(%183) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %511 = "stablehlo.collective_permute"(%184) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %512 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %513 = "stablehlo.add"(%180, %512) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%513, %181, %509#2, %510, %511, %509#5, %509#6, %187, %509#8, %509#9, %509#10) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<i32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
      %515 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %516 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %517 = "stablehlo.subtract"(%514#7, %515) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %518 = "stablehlo.add"(%517, %516) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %519 = "stablehlo.remainder"(%518, %516) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %520 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
      %521 = "stablehlo.broadcast_in_dim"(%519) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
      %522 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %523 = "stablehlo.broadcast_in_dim"(%522) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
      %524 = "stablehlo.multiply"(%521, %523) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
      %525 = "stablehlo.add"(%524, %520) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
      %526 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %527 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %834:11 = "stablehlo.while"(%527, %526, %514#2, %514#3, %514#4, %514#5, %514#6, %525, %514#8, %514#9, %514#10) ({
      ^bb0(%528: tensor<i32>, %529: tensor<i32>, %530: tensor<1x2x2x16x16xf32>, %531: tensor<1x2x16x16xf32>, %532: tensor<1x2x16x16xf32>, %533: tensor<16xi32>, %534: tensor<i32>, %535: tensor<16xi32>, %536: tensor<1x2x2x16xf32>, %537: tensor<1x2x2x16xf32>, %538: tensor<1x2x2x16x16xf32>):
        %539 = "stablehlo.compare"(%528, %529) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%539) : (tensor<i1>) -> ()
      }, {
      ^bb0(%540: tensor<i32>, %541: tensor<i32>, %542: tensor<1x2x2x16x16xf32>, %543: tensor<1x2x16x16xf32>, %544: tensor<1x2x16x16xf32>, %545: tensor<16xi32>, %546: tensor<i32>, %547: tensor<16xi32>, %548: tensor<1x2x2x16xf32>, %549: tensor<1x2x2x16xf32>, %550: tensor<1x2x2x16x16xf32>):
        %551 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %552 = "stablehlo.multiply"(%540, %551) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %553 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %554 = "stablehlo.dynamic_slice"(%542, %553, %553, %553, %552, %553) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %555 = "stablehlo.reshape"(%554) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %556 = "stablehlo.dynamic_slice"(%545, %552) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
        %557 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %558 = "stablehlo.dynamic_slice"(%548, %557, %557, %557, %552) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %559 = "stablehlo.reshape"(%558) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %560 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %561 = "stablehlo.dynamic_slice"(%549, %560, %560, %560, %552) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %562 = "stablehlo.reshape"(%561) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %563 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %564 = "stablehlo.dynamic_slice"(%550, %563, %563, %563, %552, %563) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %565 = "stablehlo.reshape"(%564) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %566 = "stablehlo.slice"(%556) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %567 = "stablehlo.reshape"(%566) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %568 = "stablehlo.slice"(%556) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %569 = "stablehlo.reshape"(%568) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %570 = "stablehlo.slice"(%547) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
        %571 = "stablehlo.slice"(%547) {limit_indices = array<i64: 16>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
        %572 = "stablehlo.broadcast_in_dim"(%569) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %573 = "stablehlo.compare"(%570, %572) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %574 = "stablehlo.convert"(%573) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %575 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %576 = "stablehlo.reduce"(%574, %575) ({
        ^bb0(%577: tensor<i32>, %578: tensor<i32>):
          %579 = "stablehlo.add"(%577, %578) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%579) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %580 = "stablehlo.broadcast_in_dim"(%567) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %581 = "stablehlo.compare"(%571, %580) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %582 = "stablehlo.convert"(%581) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %583 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %584 = "stablehlo.reduce"(%582, %583) ({
        ^bb0(%585: tensor<i32>, %586: tensor<i32>):
          %587 = "stablehlo.add"(%585, %586) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%587) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %588 = "stablehlo.minimum"(%584, %576) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %589 = "stablehlo.subtract"(%567, %546) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %590 = "stablehlo.broadcast_in_dim"(%589) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %591 = "stablehlo.compare"(%571, %590) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %592 = "stablehlo.convert"(%591) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %593 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %594 = "stablehlo.reduce"(%592, %593) ({
        ^bb0(%595: tensor<i32>, %596: tensor<i32>):
          %597 = "stablehlo.add"(%595, %596) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%597) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %598 = "stablehlo.subtract"(%569, %546) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %599 = "stablehlo.broadcast_in_dim"(%598) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %600 = "stablehlo.compare"(%570, %599) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %601 = "stablehlo.convert"(%600) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %602 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %603 = "stablehlo.reduce"(%601, %602) ({
        ^bb0(%604: tensor<i32>, %605: tensor<i32>):
          %606 = "stablehlo.add"(%604, %605) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%606) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %607 = "stablehlo.minimum"(%594, %576) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %608 = "stablehlo.maximum"(%603, %607) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %609 = "stablehlo.minimum"(%608, %576) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %610 = "stablehlo.minimum"(%588, %576) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %611 = "stablehlo.maximum"(%610, %609) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %686:11 = "stablehlo.while"(%607, %609, %555, %556, %546, %543, %544, %547, %559, %562, %565) ({
        ^bb0(%612: tensor<i32>, %613: tensor<i32>, %614: tensor<1x2x16x16xf32>, %615: tensor<8xi32>, %616: tensor<i32>, %617: tensor<1x2x16x16xf32>, %618: tensor<1x2x16x16xf32>, %619: tensor<16xi32>, %620: tensor<1x2x16xf32>, %621: tensor<1x2x16xf32>, %622: tensor<1x2x16x16xf32>):
          %623 = "stablehlo.compare"(%612, %613) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%623) : (tensor<i1>) -> ()
        }, {
        ^bb0(%624: tensor<i32>, %625: tensor<i32>, %626: tensor<1x2x16x16xf32>, %627: tensor<8xi32>, %628: tensor<i32>, %629: tensor<1x2x16x16xf32>, %630: tensor<1x2x16x16xf32>, %631: tensor<16xi32>, %632: tensor<1x2x16xf32>, %633: tensor<1x2x16xf32>, %634: tensor<1x2x16x16xf32>):
          %635 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %636 = "stablehlo.multiply"(%624, %635) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %637 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %638 = "stablehlo.dynamic_slice"(%629, %637, %637, %636, %637) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %639 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %640 = "stablehlo.dynamic_slice"(%630, %639, %639, %636, %639) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %641 = "stablehlo.dot_general"(%626, %638) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %642 = "stablehlo.dynamic_slice"(%631, %636) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
          %643 = "stablehlo.broadcast_in_dim"(%627) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %644 = "stablehlo.reshape"(%643) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %645 = "stablehlo.broadcast_in_dim"(%642) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %646 = "stablehlo.reshape"(%645) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %647 = "stablehlo.compare"(%646, %644) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %648 = "stablehlo.broadcast_in_dim"(%628) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
          %649 = "stablehlo.subtract"(%644, %648) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
          %650 = "stablehlo.compare"(%646, %649) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %651 = "stablehlo.and"(%647, %650) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
          %652 = "stablehlo.broadcast_in_dim"(%651) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %653 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %654 = "stablehlo.broadcast_in_dim"(%653) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %655 = "stablehlo.select"(%652, %641, %654) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %656 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %657 = "stablehlo.reduce"(%655, %656) ({
          ^bb0(%658: tensor<f32>, %659: tensor<f32>):
            %660 = "stablehlo.maximum"(%658, %659) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%660) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %661 = "stablehlo.maximum"(%632, %657) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %662 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %663 = "stablehlo.broadcast_in_dim"(%662) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %664 = "stablehlo.compare"(%661, %663) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %665 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %666 = "stablehlo.broadcast_in_dim"(%665) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %667 = "stablehlo.select"(%664, %666, %661) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %668 = "stablehlo.broadcast_in_dim"(%667) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %669 = "stablehlo.subtract"(%655, %668) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %670 = "stablehlo.exponential"(%669) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %671 = "stablehlo.subtract"(%632, %667) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %672 = "stablehlo.exponential"(%671) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %673 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %674 = "stablehlo.reduce"(%670, %673) ({
          ^bb0(%675: tensor<f32>, %676: tensor<f32>):
            %677 = "stablehlo.add"(%675, %676) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%677) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %678 = "stablehlo.multiply"(%633, %672) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %679 = "stablehlo.add"(%678, %674) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %680 = "stablehlo.dot_general"(%670, %640) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %681 = "stablehlo.broadcast_in_dim"(%672) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %682 = "stablehlo.multiply"(%634, %681) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %683 = "stablehlo.add"(%682, %680) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %684 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %685 = "stablehlo.add"(%624, %684) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%685, %625, %626, %627, %628, %629, %630, %631, %661, %679, %683) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %747:11 = "stablehlo.while"(%609, %611, %686#2, %686#3, %686#4, %686#5, %686#6, %686#7, %686#8, %686#9, %686#10) ({
        ^bb0(%687: tensor<i32>, %688: tensor<i32>, %689: tensor<1x2x16x16xf32>, %690: tensor<8xi32>, %691: tensor<i32>, %692: tensor<1x2x16x16xf32>, %693: tensor<1x2x16x16xf32>, %694: tensor<16xi32>, %695: tensor<1x2x16xf32>, %696: tensor<1x2x16xf32>, %697: tensor<1x2x16x16xf32>):
          %698 = "stablehlo.compare"(%687, %688) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%698) : (tensor<i1>) -> ()
        }, {
        ^bb0(%699: tensor<i32>, %700: tensor<i32>, %701: tensor<1x2x16x16xf32>, %702: tensor<8xi32>, %703: tensor<i32>, %704: tensor<1x2x16x16xf32>, %705: tensor<1x2x16x16xf32>, %706: tensor<16xi32>, %707: tensor<1x2x16xf32>, %708: tensor<1x2x16xf32>, %709: tensor<1x2x16x16xf32>):
          %710 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %711 = "stablehlo.multiply"(%699, %710) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %712 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %713 = "stablehlo.dynamic_slice"(%704, %712, %712, %711, %712) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %714 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %715 = "stablehlo.dynamic_slice"(%705, %714, %714, %711, %714) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %716 = "stablehlo.dot_general"(%701, %713) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %717 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %718 = "stablehlo.reduce"(%716, %717) ({
          ^bb0(%719: tensor<f32>, %720: tensor<f32>):
            %721 = "stablehlo.maximum"(%719, %720) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%721) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %722 = "stablehlo.maximum"(%707, %718) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %723 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %724 = "stablehlo.broadcast_in_dim"(%723) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %725 = "stablehlo.compare"(%722, %724) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %726 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %727 = "stablehlo.broadcast_in_dim"(%726) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %728 = "stablehlo.select"(%725, %727, %722) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %729 = "stablehlo.broadcast_in_dim"(%728) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %730 = "stablehlo.subtract"(%716, %729) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %731 = "stablehlo.exponential"(%730) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %732 = "stablehlo.subtract"(%707, %728) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %733 = "stablehlo.exponential"(%732) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %734 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %735 = "stablehlo.reduce"(%731, %734) ({
          ^bb0(%736: tensor<f32>, %737: tensor<f32>):
            %738 = "stablehlo.add"(%736, %737) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%738) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %739 = "stablehlo.multiply"(%708, %733) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %740 = "stablehlo.add"(%739, %735) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %741 = "stablehlo.dot_general"(%731, %715) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %742 = "stablehlo.broadcast_in_dim"(%733) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %743 = "stablehlo.multiply"(%709, %742) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %744 = "stablehlo.add"(%743, %741) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %745 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %746 = "stablehlo.add"(%699, %745) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%746, %700, %701, %702, %703, %704, %705, %706, %722, %740, %744) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %822:11 = "stablehlo.while"(%611, %576, %747#2, %747#3, %747#4, %747#5, %747#6, %747#7, %747#8, %747#9, %747#10) ({
        ^bb0(%748: tensor<i32>, %749: tensor<i32>, %750: tensor<1x2x16x16xf32>, %751: tensor<8xi32>, %752: tensor<i32>, %753: tensor<1x2x16x16xf32>, %754: tensor<1x2x16x16xf32>, %755: tensor<16xi32>, %756: tensor<1x2x16xf32>, %757: tensor<1x2x16xf32>, %758: tensor<1x2x16x16xf32>):
          %759 = "stablehlo.compare"(%748, %749) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%759) : (tensor<i1>) -> ()
        }, {
        ^bb0(%760: tensor<i32>, %761: tensor<i32>, %762: tensor<1x2x16x16xf32>, %763: tensor<8xi32>, %764: tensor<i32>, %765: tensor<1x2x16x16xf32>, %766: tensor<1x2x16x16xf32>, %767: tensor<16xi32>, %768: tensor<1x2x16xf32>, %769: tensor<1x2x16xf32>, %770: tensor<1x2x16x16xf32>):
          %771 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %772 = "stablehlo.multiply"(%760, %771) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %773 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %774 = "stablehlo.dynamic_slice"(%765, %773, %773, %772, %773) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %775 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %776 = "stablehlo.dynamic_slice"(%766, %775, %775, %772, %775) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %777 = "stablehlo.dot_general"(%762, %774) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %778 = "stablehlo.dynamic_slice"(%767, %772) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
          %779 = "stablehlo.broadcast_in_dim"(%763) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %780 = "stablehlo.reshape"(%779) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %781 = "stablehlo.broadcast_in_dim"(%778) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %782 = "stablehlo.reshape"(%781) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %783 = "stablehlo.compare"(%782, %780) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %784 = "stablehlo.broadcast_in_dim"(%764) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16x8xi32>
          %785 = "stablehlo.subtract"(%780, %784) {mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi32>
          %786 = "stablehlo.compare"(%782, %785) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %787 = "stablehlo.and"(%783, %786) {mhlo.sharding = "{manual}"} : (tensor<16x8xi1>, tensor<16x8xi1>) -> tensor<16x8xi1>
          %788 = "stablehlo.broadcast_in_dim"(%787) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %789 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %790 = "stablehlo.broadcast_in_dim"(%789) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %791 = "stablehlo.select"(%788, %777, %790) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %792 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %793 = "stablehlo.reduce"(%791, %792) ({
          ^bb0(%794: tensor<f32>, %795: tensor<f32>):
            %796 = "stablehlo.maximum"(%794, %795) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%796) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %797 = "stablehlo.maximum"(%768, %793) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %798 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %799 = "stablehlo.broadcast_in_dim"(%798) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %800 = "stablehlo.compare"(%797, %799) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %801 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %802 = "stablehlo.broadcast_in_dim"(%801) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %803 = "stablehlo.select"(%800, %802, %797) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %804 = "stablehlo.broadcast_in_dim"(%803) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %805 = "stablehlo.subtract"(%791, %804) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %806 = "stablehlo.exponential"(%805) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %807 = "stablehlo.subtract"(%768, %803) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %808 = "stablehlo.exponential"(%807) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %809 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %810 = "stablehlo.reduce"(%806, %809) ({
          ^bb0(%811: tensor<f32>, %812: tensor<f32>):
            %813 = "stablehlo.add"(%811, %812) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%813) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %814 = "stablehlo.multiply"(%769, %808) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %815 = "stablehlo.add"(%814, %810) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %816 = "stablehlo.dot_general"(%806, %776) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %817 = "stablehlo.broadcast_in_dim"(%808) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %818 = "stablehlo.multiply"(%770, %817) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %819 = "stablehlo.add"(%818, %816) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %820 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %821 = "stablehlo.add"(%760, %820) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%821, %761, %762, %763, %764, %765, %766, %767, %797, %815, %819) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %823 = "stablehlo.reshape"(%822#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %824 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %825 = "stablehlo.dynamic_update_slice"(%548, %823, %824, %824, %824, %552) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
        %826 = "stablehlo.reshape"(%822#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %827 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %828 = "stablehlo.dynamic_update_slice"(%549, %826, %827, %827, %827, %552) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16xf32>
        %829 = "stablehlo.reshape"(%822#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
        %830 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %831 = "stablehlo.dynamic_update_slice"(%550, %829, %830, %830, %830, %552, %830) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x16xf32>
        %832 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %833 = "stablehlo.add"(%540, %832) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%833, %541, %542, %543, %544, %545, %546, %547, %825, %828, %831) : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<16xi32>, tensor<i32>, tensor<16xi32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16xf32>, tensor<1x2x2x16x16xf32>)
      %835 = "stablehlo.broadcast_in_dim"(%834#9) {broadcast_dimensions = array<i64: 0, 1, 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x16xf32>
      %836 = "stablehlo.divide"(%834#10, %835) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>, tensor<1x2x2x16x16xf32>) -> tensor<1x2x2x16x16xf32>
      %837 = "stablehlo.transpose"(%836) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
      %838 = "stablehlo.reshape"(%837) {mhlo.sharding = "{manual}"} : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
      %839 = "stablehlo.dot_general"(%838, %56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
      %840 = "stablehlo.add"(%30, %839) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %841 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %842 = "stablehlo.broadcast_in_dim"(%841) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x64xf32>
      %843 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %844 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %896:8 = "stablehlo.while"(%844, %843, %840, %62, %65, %68, %59, %842) ({
      ^bb0(%845: tensor<i32>, %846: tensor<i32>, %847: tensor<1x16x64xf32>, %848: tensor<172x64xf32>, %849: tensor<172x64xf32>, %850: tensor<64x172xf32>, %851: tensor<64xf32>, %852: tensor<1x16x64xf32>):
        %853 = "stablehlo.compare"(%845, %846) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%853) : (tensor<i1>) -> ()
      }, {
      ^bb0(%854: tensor<i32>, %855: tensor<i32>, %856: tensor<1x16x64xf32>, %857: tensor<172x64xf32>, %858: tensor<172x64xf32>, %859: tensor<64x172xf32>, %860: tensor<64xf32>, %861: tensor<1x16x64xf32>):
        %862 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %863 = "stablehlo.multiply"(%854, %862) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %864 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %865 = "stablehlo.dynamic_slice"(%856, %864, %863, %864) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %866 = "stablehlo.multiply"(%865, %865) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %867 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %868 = "stablehlo.reduce"(%866, %867) ({
        ^bb0(%869: tensor<f32>, %870: tensor<f32>):
          %871 = "stablehlo.add"(%869, %870) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%871) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %872 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %873 = "stablehlo.broadcast_in_dim"(%872) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %874 = "stablehlo.divide"(%868, %873) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %875 = "stablehlo.reshape"(%874) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %876 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %877 = "stablehlo.broadcast_in_dim"(%876) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %878 = "stablehlo.add"(%875, %877) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %879 = "stablehlo.rsqrt"(%878) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %880 = "stablehlo.reshape"(%879) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %881 = "stablehlo.broadcast_in_dim"(%880) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %882 = "stablehlo.multiply"(%865, %881) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %883 = "stablehlo.broadcast_in_dim"(%860) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %884 = "stablehlo.multiply"(%882, %883) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %885 = "stablehlo.dot_general"(%884, %858) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %886 = "stablehlo.logistic"(%885) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %887 = "stablehlo.multiply"(%885, %886) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %888 = "stablehlo.dot_general"(%884, %857) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %889 = "stablehlo.multiply"(%887, %888) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %890 = "stablehlo.dot_general"(%889, %859) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<64x172xf32>) -> tensor<1x8x64xf32>
        %891 = "stablehlo.add"(%865, %890) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %892 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %893 = "stablehlo.dynamic_update_slice"(%861, %891, %892, %863, %892) {mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
        %894 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %895 = "stablehlo.add"(%854, %894) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%895, %855, %856, %857, %858, %859, %860, %893) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x16x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x16x64xf32>)
      %897 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %898 = "stablehlo.add"(%28, %897) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%898, %29, %896#7, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<16xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<16xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<16xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %900 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %901 = "stablehlo.broadcast_in_dim"(%900) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x16x256xf32>
    %902 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %903 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %945:6 = "stablehlo.while"(%903, %902, %899#2, %arg11, %arg12, %901) ({
    ^bb0(%904: tensor<i32>, %905: tensor<i32>, %906: tensor<1x16x64xf32>, %907: tensor<64xf32>, %908: tensor<256x64xf32>, %909: tensor<1x16x256xf32>):
      %910 = "stablehlo.compare"(%904, %905) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%910) : (tensor<i1>) -> ()
    }, {
    ^bb0(%911: tensor<i32>, %912: tensor<i32>, %913: tensor<1x16x64xf32>, %914: tensor<64xf32>, %915: tensor<256x64xf32>, %916: tensor<1x16x256xf32>):
      %917 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %918 = "stablehlo.multiply"(%911, %917) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %919 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %920 = "stablehlo.dynamic_slice"(%913, %919, %918, %919) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
      %921 = "stablehlo.multiply"(%920, %920) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %922 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %923 = "stablehlo.reduce"(%921, %922) ({
      ^bb0(%924: tensor<f32>, %925: tensor<f32>):
        %926 = "stablehlo.add"(%924, %925) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%926) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
      %927 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %928 = "stablehlo.broadcast_in_dim"(%927) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
      %929 = "stablehlo.divide"(%923, %928) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %930 = "stablehlo.reshape"(%929) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
      %931 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %932 = "stablehlo.broadcast_in_dim"(%931) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
      %933 = "stablehlo.add"(%930, %932) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %934 = "stablehlo.rsqrt"(%933) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
      %935 = "stablehlo.reshape"(%934) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
      %936 = "stablehlo.broadcast_in_dim"(%935) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
      %937 = "stablehlo.multiply"(%920, %936) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %938 = "stablehlo.broadcast_in_dim"(%914) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
      %939 = "stablehlo.multiply"(%937, %938) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %940 = "stablehlo.dot_general"(%939, %915) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<256x64xf32>) -> tensor<1x8x256xf32>
      %941 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %942 = "stablehlo.dynamic_update_slice"(%916, %940, %941, %918, %941) {mhlo.sharding = "{manual}"} : (tensor<1x16x256xf32>, tensor<1x8x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x256xf32>
      %943 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %944 = "stablehlo.add"(%911, %943) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%944, %912, %913, %914, %915, %942) : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x16x256xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x16x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x16x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x16x256xf32>)
    %946 = "stablehlo.reshape"(%945#5) {mhlo.sharding = "{manual}"} : (tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    return %946 : tensor<1x16x256xf32>
  }
}
