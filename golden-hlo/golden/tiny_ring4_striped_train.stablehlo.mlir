module @tiny_ring4_striped_train attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x8xi32> {mhlo.sharding = "{manual}"}, %arg1: tensor<1x8xi32> {mhlo.sharding = "{manual}"}, %arg2: tensor<i32> {mhlo.sharding = "{manual}"}, %arg3: tensor<256x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 3 : i32}, %arg4: tensor<2x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 4 : i32}, %arg5: tensor<2x64x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 5 : i32}, %arg6: tensor<2x32x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 6 : i32}, %arg7: tensor<2x32x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 7 : i32}, %arg8: tensor<2x64x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 8 : i32}, %arg9: tensor<2x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 9 : i32}, %arg10: tensor<2x172x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 10 : i32}, %arg11: tensor<2x172x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 11 : i32}, %arg12: tensor<2x64x172xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 12 : i32}, %arg13: tensor<64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 13 : i32}, %arg14: tensor<256x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 14 : i32}, %arg15: tensor<256x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 15 : i32}, %arg16: tensor<2x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 16 : i32}, %arg17: tensor<2x64x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 17 : i32}, %arg18: tensor<2x32x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 18 : i32}, %arg19: tensor<2x32x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 19 : i32}, %arg20: tensor<2x64x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 20 : i32}, %arg21: tensor<2x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 21 : i32}, %arg22: tensor<2x172x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 22 : i32}, %arg23: tensor<2x172x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 23 : i32}, %arg24: tensor<2x64x172xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 24 : i32}, %arg25: tensor<64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 25 : i32}, %arg26: tensor<256x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 26 : i32}, %arg27: tensor<256x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 27 : i32}, %arg28: tensor<2x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 28 : i32}, %arg29: tensor<2x64x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 29 : i32}, %arg30: tensor<2x32x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 30 : i32}, %arg31: tensor<2x32x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 31 : i32}, %arg32: tensor<2x64x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 32 : i32}, %arg33: tensor<2x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 33 : i32}, %arg34: tensor<2x172x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 34 : i32}, %arg35: tensor<2x172x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 35 : i32}, %arg36: tensor<2x64x172xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 36 : i32}, %arg37: tensor<64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 37 : i32}, %arg38: tensor<256x64xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 38 : i32}) -> (tensor<f32> {mhlo.sharding = "{manual}"}, tensor<f32> {mhlo.sharding = "{manual}"}, tensor<f32> {mhlo.sharding = "{manual}"}, tensor<256x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64x172xf32> {mhlo.sharding = "{manual}"}, tensor<64xf32> {mhlo.sharding = "{manual}"}, tensor<256x64xf32> {mhlo.sharding = "{manual}"}, tensor<256x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64x172xf32> {mhlo.sharding = "{manual}"}, tensor<64xf32> {mhlo.sharding = "{manual}"}, tensor<256x64xf32> {mhlo.sharding = "{manual}"}, tensor<256x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, tensor<2x64x172xf32> {mhlo.sharding = "{manual}"}, tensor<64xf32> {mhlo.sharding = "{manual}"}, tensor<256x64xf32> {mhlo.sharding = "{manual}"}) {
    %0 = "stablehlo.gather"(%arg3, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<1x8xi32>) -> tensor<1x8x64xf32>
    %1 = "stablehlo.partition_id"() {mhlo.sharding = "{manual}"} : () -> tensor<ui32>
    %2 = "stablehlo.convert"(%1) {mhlo.sharding = "{manual}"} : (tensor<ui32>) -> tensor<i32>
    %3 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %4 = "stablehlo.remainder"(%2, %3) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %5 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
    %6 = "stablehlo.broadcast_in_dim"(%4) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
    %7 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
    %9 = "stablehlo.multiply"(%5, %8) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %10 = "stablehlo.add"(%6, %9) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %11 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x8x64xf32>
    %13 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %14 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %691:15 = "stablehlo.while"(%14, %13, %0, %10, %4, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %12) ({
    ^bb0(%15: tensor<i32>, %16: tensor<i32>, %17: tensor<1x8x64xf32>, %18: tensor<8xi32>, %19: tensor<i32>, %20: tensor<2x64xf32>, %21: tensor<2x64x64xf32>, %22: tensor<2x32x64xf32>, %23: tensor<2x32x64xf32>, %24: tensor<2x64x64xf32>, %25: tensor<2x64xf32>, %26: tensor<2x172x64xf32>, %27: tensor<2x172x64xf32>, %28: tensor<2x64x172xf32>, %29: tensor<2x1x8x64xf32>):
      %30 = "stablehlo.compare"(%15, %16) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%30) : (tensor<i1>) -> ()
    }, {
    ^bb0(%31: tensor<i32>, %32: tensor<i32>, %33: tensor<1x8x64xf32>, %34: tensor<8xi32>, %35: tensor<i32>, %36: tensor<2x64xf32>, %37: tensor<2x64x64xf32>, %38: tensor<2x32x64xf32>, %39: tensor<2x32x64xf32>, %40: tensor<2x64x64xf32>, %41: tensor<2x64xf32>, %42: tensor<2x172x64xf32>, %43: tensor<2x172x64xf32>, %44: tensor<2x64x172xf32>, %45: tensor<2x1x8x64xf32>):
      %46 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %47 = "stablehlo.dynamic_slice"(%36, %31, %46) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %48 = "stablehlo.reshape"(%47) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>) -> tensor<64xf32>
      %49 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %50 = "stablehlo.dynamic_slice"(%37, %31, %49, %49) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %51 = "stablehlo.reshape"(%50) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %52 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %53 = "stablehlo.dynamic_slice"(%38, %31, %52, %52) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %54 = "stablehlo.reshape"(%53) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %55 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %56 = "stablehlo.dynamic_slice"(%39, %31, %55, %55) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %57 = "stablehlo.reshape"(%56) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %58 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %59 = "stablehlo.dynamic_slice"(%40, %31, %58, %58) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %60 = "stablehlo.reshape"(%59) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %61 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %62 = "stablehlo.dynamic_slice"(%41, %31, %61) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %63 = "stablehlo.reshape"(%62) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>) -> tensor<64xf32>
      %64 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %65 = "stablehlo.dynamic_slice"(%42, %31, %64, %64) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %66 = "stablehlo.reshape"(%65) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %67 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %68 = "stablehlo.dynamic_slice"(%43, %31, %67, %67) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %69 = "stablehlo.reshape"(%68) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %70 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %71 = "stablehlo.dynamic_slice"(%44, %31, %70, %70) {slice_sizes = array<i64: 1, 64, 172>, mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x172xf32>
      %72 = "stablehlo.reshape"(%71) {mhlo.sharding = "{manual}"} : (tensor<1x64x172xf32>) -> tensor<64x172xf32>
      %73 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %74 = "stablehlo.broadcast_in_dim"(%73) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
      %75 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %76 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %115:5 = "stablehlo.while"(%76, %75, %33, %48, %74) ({
      ^bb0(%77: tensor<i32>, %78: tensor<i32>, %79: tensor<1x8x64xf32>, %80: tensor<64xf32>, %81: tensor<1x8x64xf32>):
        %82 = "stablehlo.compare"(%77, %78) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%82) : (tensor<i1>) -> ()
      }, {
      ^bb0(%83: tensor<i32>, %84: tensor<i32>, %85: tensor<1x8x64xf32>, %86: tensor<64xf32>, %87: tensor<1x8x64xf32>):
        %88 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %89 = "stablehlo.multiply"(%83, %88) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %90 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %91 = "stablehlo.dynamic_slice"(%85, %90, %89, %90) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %92 = "stablehlo.multiply"(%91, %91) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %93 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %94 = "stablehlo.reduce"(%92, %93) ({
        ^bb0(%95: tensor<f32>, %96: tensor<f32>):
          %97 = "stablehlo.add"(%95, %96) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%97) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %98 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %99 = "stablehlo.broadcast_in_dim"(%98) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %100 = "stablehlo.divide"(%94, %99) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %101 = "stablehlo.reshape"(%100) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %102 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %103 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %104 = "stablehlo.add"(%101, %103) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %105 = "stablehlo.rsqrt"(%104) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %106 = "stablehlo.reshape"(%105) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %107 = "stablehlo.broadcast_in_dim"(%106) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %108 = "stablehlo.multiply"(%91, %107) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %109 = "stablehlo.broadcast_in_dim"(%86) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %110 = "stablehlo.multiply"(%108, %109) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %111 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %112 = "stablehlo.dynamic_update_slice"(%87, %110, %111, %89, %111) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %113 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %114 = "stablehlo.add"(%83, %113) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%114, %84, %85, %86, %112) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %116 = "stablehlo.dot_general"(%115#4, %51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %117 = "stablehlo.reshape"(%116) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>) -> tensor<1x8x4x16xf32>
      %118 = "stablehlo.dot_general"(%115#4, %54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %119 = "stablehlo.reshape"(%118) {mhlo.sharding = "{manual}"} : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %120 = "stablehlo.dot_general"(%115#4, %57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %121 = "stablehlo.reshape"(%120) {mhlo.sharding = "{manual}"} : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %122 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %123 = "stablehlo.convert"(%34) {mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<8xf32>
      %124 = "stablehlo.broadcast_in_dim"(%123) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %125 = "stablehlo.broadcast_in_dim"(%122) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %126 = "stablehlo.multiply"(%124, %125) {mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %127 = "stablehlo.concatenate"(%126, %126) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %128 = "stablehlo.cosine"(%127) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %129 = "stablehlo.broadcast_in_dim"(%128) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %130 = "stablehlo.sine"(%127) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %131 = "stablehlo.broadcast_in_dim"(%130) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %132 = "stablehlo.slice"(%117) {limit_indices = array<i64: 1, 8, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %133 = "stablehlo.slice"(%117) {limit_indices = array<i64: 1, 8, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %134 = "stablehlo.negate"(%133) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x8xf32>) -> tensor<1x8x4x8xf32>
      %135 = "stablehlo.concatenate"(%134, %132) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x8x4x8xf32>, tensor<1x8x4x8xf32>) -> tensor<1x8x4x16xf32>
      %136 = "stablehlo.multiply"(%117, %129) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %137 = "stablehlo.multiply"(%135, %131) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %138 = "stablehlo.add"(%136, %137) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %139 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %140 = "stablehlo.convert"(%34) {mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<8xf32>
      %141 = "stablehlo.broadcast_in_dim"(%140) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %142 = "stablehlo.broadcast_in_dim"(%139) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %143 = "stablehlo.multiply"(%141, %142) {mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %144 = "stablehlo.concatenate"(%143, %143) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %145 = "stablehlo.cosine"(%144) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %146 = "stablehlo.broadcast_in_dim"(%145) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %147 = "stablehlo.sine"(%144) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %148 = "stablehlo.broadcast_in_dim"(%147) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %149 = "stablehlo.slice"(%119) {limit_indices = array<i64: 1, 8, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %150 = "stablehlo.slice"(%119) {limit_indices = array<i64: 1, 8, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %151 = "stablehlo.negate"(%150) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x8xf32>) -> tensor<1x8x2x8xf32>
      %152 = "stablehlo.concatenate"(%151, %149) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x8x2x8xf32>, tensor<1x8x2x8xf32>) -> tensor<1x8x2x16xf32>
      %153 = "stablehlo.multiply"(%119, %146) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %154 = "stablehlo.multiply"(%152, %148) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %155 = "stablehlo.add"(%153, %154) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %156 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %157 = "stablehlo.broadcast_in_dim"(%156) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x4x16xf32>
      %158 = "stablehlo.multiply"(%138, %157) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %159 = "stablehlo.reshape"(%158) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x2x2x16xf32>
      %160 = "stablehlo.transpose"(%159) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x2x16xf32>) -> tensor<1x2x2x8x16xf32>
      %161 = "stablehlo.transpose"(%155) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %162 = "stablehlo.transpose"(%121) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %163 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %164 = "stablehlo.broadcast_in_dim"(%163) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %165 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %166 = "stablehlo.broadcast_in_dim"(%165) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %167 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %168 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8x16xf32>
      %169 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %170 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %408:10 = "stablehlo.while"(%170, %169, %160, %161, %162, %34, %35, %164, %166, %168) ({
      ^bb0(%171: tensor<i32>, %172: tensor<i32>, %173: tensor<1x2x2x8x16xf32>, %174: tensor<1x2x8x16xf32>, %175: tensor<1x2x8x16xf32>, %176: tensor<8xi32>, %177: tensor<i32>, %178: tensor<1x2x2x8xf32>, %179: tensor<1x2x2x8xf32>, %180: tensor<1x2x2x8x16xf32>):
        %181 = "stablehlo.compare"(%171, %172) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%181) : (tensor<i1>) -> ()
      }, {
      ^bb0(%182: tensor<i32>, %183: tensor<i32>, %184: tensor<1x2x2x8x16xf32>, %185: tensor<1x2x8x16xf32>, %186: tensor<1x2x8x16xf32>, %187: tensor<8xi32>, %188: tensor<i32>, %189: tensor<1x2x2x8xf32>, %190: tensor<1x2x2x8xf32>, %191: tensor<1x2x2x8x16xf32>):
        %192 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %193 = "stablehlo.subtract"(%188, %182) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %194 = "stablehlo.add"(%193, %192) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %195 = "stablehlo.remainder"(%194, %192) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %196 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
        %197 = "stablehlo.broadcast_in_dim"(%195) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %198 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %199 = "stablehlo.broadcast_in_dim"(%198) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %200 = "stablehlo.multiply"(%196, %199) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %201 = "stablehlo.add"(%197, %200) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %202 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %203 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %403:10 = "stablehlo.while"(%203, %202, %184, %185, %186, %187, %201, %189, %190, %191) ({
        ^bb0(%204: tensor<i32>, %205: tensor<i32>, %206: tensor<1x2x2x8x16xf32>, %207: tensor<1x2x8x16xf32>, %208: tensor<1x2x8x16xf32>, %209: tensor<8xi32>, %210: tensor<8xi32>, %211: tensor<1x2x2x8xf32>, %212: tensor<1x2x2x8xf32>, %213: tensor<1x2x2x8x16xf32>):
          %214 = "stablehlo.compare"(%204, %205) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%214) : (tensor<i1>) -> ()
        }, {
        ^bb0(%215: tensor<i32>, %216: tensor<i32>, %217: tensor<1x2x2x8x16xf32>, %218: tensor<1x2x8x16xf32>, %219: tensor<1x2x8x16xf32>, %220: tensor<8xi32>, %221: tensor<8xi32>, %222: tensor<1x2x2x8xf32>, %223: tensor<1x2x2x8xf32>, %224: tensor<1x2x2x8x16xf32>):
          %225 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %226 = "stablehlo.multiply"(%215, %225) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %227 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %228 = "stablehlo.dynamic_slice"(%217, %227, %227, %227, %226, %227) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %229 = "stablehlo.reshape"(%228) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %230 = "stablehlo.dynamic_slice"(%220, %226) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %231 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %232 = "stablehlo.dynamic_slice"(%222, %231, %231, %231, %226) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %233 = "stablehlo.reshape"(%232) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %234 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %235 = "stablehlo.dynamic_slice"(%223, %234, %234, %234, %226) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %236 = "stablehlo.reshape"(%235) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %237 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %238 = "stablehlo.dynamic_slice"(%224, %237, %237, %237, %226, %237) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %239 = "stablehlo.reshape"(%238) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %240 = "stablehlo.slice"(%230) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %241 = "stablehlo.reshape"(%240) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %242 = "stablehlo.slice"(%230) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %243 = "stablehlo.reshape"(%242) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %244 = "stablehlo.slice"(%221) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %245 = "stablehlo.slice"(%221) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %246 = "stablehlo.broadcast_in_dim"(%243) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
          %247 = "stablehlo.compare"(%244, %246) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %248 = "stablehlo.convert"(%247) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
          %249 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %250 = "stablehlo.reduce"(%248, %249) ({
          ^bb0(%251: tensor<i32>, %252: tensor<i32>):
            %253 = "stablehlo.add"(%251, %252) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%253) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %254 = "stablehlo.broadcast_in_dim"(%241) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
          %255 = "stablehlo.compare"(%245, %254) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %256 = "stablehlo.convert"(%255) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
          %257 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %258 = "stablehlo.reduce"(%256, %257) ({
          ^bb0(%259: tensor<i32>, %260: tensor<i32>):
            %261 = "stablehlo.add"(%259, %260) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%261) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %262 = "stablehlo.minimum"(%258, %250) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %263 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %322:10 = "stablehlo.while"(%263, %262, %229, %230, %218, %219, %221, %233, %236, %239) ({
          ^bb0(%264: tensor<i32>, %265: tensor<i32>, %266: tensor<1x2x16x16xf32>, %267: tensor<8xi32>, %268: tensor<1x2x8x16xf32>, %269: tensor<1x2x8x16xf32>, %270: tensor<8xi32>, %271: tensor<1x2x16xf32>, %272: tensor<1x2x16xf32>, %273: tensor<1x2x16x16xf32>):
            %274 = "stablehlo.compare"(%264, %265) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%274) : (tensor<i1>) -> ()
          }, {
          ^bb0(%275: tensor<i32>, %276: tensor<i32>, %277: tensor<1x2x16x16xf32>, %278: tensor<8xi32>, %279: tensor<1x2x8x16xf32>, %280: tensor<1x2x8x16xf32>, %281: tensor<8xi32>, %282: tensor<1x2x16xf32>, %283: tensor<1x2x16xf32>, %284: tensor<1x2x16x16xf32>):
            %285 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %286 = "stablehlo.multiply"(%275, %285) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %287 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %288 = "stablehlo.dynamic_slice"(%279, %287, %287, %286, %287) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %289 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %290 = "stablehlo.dynamic_slice"(%280, %289, %289, %286, %289) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %291 = "stablehlo.dot_general"(%277, %288) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %292 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %293 = "stablehlo.reduce"(%291, %292) ({
            ^bb0(%294: tensor<f32>, %295: tensor<f32>):
              %296 = "stablehlo.maximum"(%294, %295) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%296) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %297 = "stablehlo.maximum"(%282, %293) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %298 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %299 = "stablehlo.broadcast_in_dim"(%298) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %300 = "stablehlo.compare"(%297, %299) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %301 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %302 = "stablehlo.broadcast_in_dim"(%301) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %303 = "stablehlo.select"(%300, %302, %297) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %304 = "stablehlo.broadcast_in_dim"(%303) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %305 = "stablehlo.subtract"(%291, %304) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %306 = "stablehlo.exponential"(%305) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %307 = "stablehlo.subtract"(%282, %303) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %308 = "stablehlo.exponential"(%307) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %309 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %310 = "stablehlo.reduce"(%306, %309) ({
            ^bb0(%311: tensor<f32>, %312: tensor<f32>):
              %313 = "stablehlo.add"(%311, %312) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%313) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %314 = "stablehlo.multiply"(%283, %308) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %315 = "stablehlo.add"(%314, %310) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %316 = "stablehlo.dot_general"(%306, %290) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %317 = "stablehlo.broadcast_in_dim"(%308) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %318 = "stablehlo.multiply"(%284, %317) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %319 = "stablehlo.add"(%318, %316) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %320 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %321 = "stablehlo.add"(%275, %320) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%321, %276, %277, %278, %279, %280, %281, %297, %315, %319) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %391:10 = "stablehlo.while"(%262, %250, %322#2, %322#3, %322#4, %322#5, %322#6, %322#7, %322#8, %322#9) ({
          ^bb0(%323: tensor<i32>, %324: tensor<i32>, %325: tensor<1x2x16x16xf32>, %326: tensor<8xi32>, %327: tensor<1x2x8x16xf32>, %328: tensor<1x2x8x16xf32>, %329: tensor<8xi32>, %330: tensor<1x2x16xf32>, %331: tensor<1x2x16xf32>, %332: tensor<1x2x16x16xf32>):
            %333 = "stablehlo.compare"(%323, %324) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%333) : (tensor<i1>) -> ()
          }, {
          ^bb0(%334: tensor<i32>, %335: tensor<i32>, %336: tensor<1x2x16x16xf32>, %337: tensor<8xi32>, %338: tensor<1x2x8x16xf32>, %339: tensor<1x2x8x16xf32>, %340: tensor<8xi32>, %341: tensor<1x2x16xf32>, %342: tensor<1x2x16xf32>, %343: tensor<1x2x16x16xf32>):
            %344 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %345 = "stablehlo.multiply"(%334, %344) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %346 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %347 = "stablehlo.dynamic_slice"(%338, %346, %346, %345, %346) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %348 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %349 = "stablehlo.dynamic_slice"(%339, %348, %348, %345, %348) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %350 = "stablehlo.dot_general"(%336, %347) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %351 = "stablehlo.dynamic_slice"(%340, %345) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
            %352 = "stablehlo.broadcast_in_dim"(%337) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %353 = "stablehlo.reshape"(%352) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %354 = "stablehlo.broadcast_in_dim"(%351) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %355 = "stablehlo.reshape"(%354) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %356 = "stablehlo.compare"(%355, %353) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %357 = "stablehlo.broadcast_in_dim"(%356) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %358 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %359 = "stablehlo.broadcast_in_dim"(%358) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %360 = "stablehlo.select"(%357, %350, %359) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %361 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %362 = "stablehlo.reduce"(%360, %361) ({
            ^bb0(%363: tensor<f32>, %364: tensor<f32>):
              %365 = "stablehlo.maximum"(%363, %364) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%365) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %366 = "stablehlo.maximum"(%341, %362) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %367 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %368 = "stablehlo.broadcast_in_dim"(%367) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %369 = "stablehlo.compare"(%366, %368) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %370 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %371 = "stablehlo.broadcast_in_dim"(%370) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %372 = "stablehlo.select"(%369, %371, %366) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %373 = "stablehlo.broadcast_in_dim"(%372) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %374 = "stablehlo.subtract"(%360, %373) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %375 = "stablehlo.exponential"(%374) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %376 = "stablehlo.subtract"(%341, %372) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %377 = "stablehlo.exponential"(%376) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %378 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %379 = "stablehlo.reduce"(%375, %378) ({
            ^bb0(%380: tensor<f32>, %381: tensor<f32>):
              %382 = "stablehlo.add"(%380, %381) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%382) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %383 = "stablehlo.multiply"(%342, %377) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %384 = "stablehlo.add"(%383, %379) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %385 = "stablehlo.dot_general"(%375, %349) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %386 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %387 = "stablehlo.multiply"(%343, %386) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %388 = "stablehlo.add"(%387, %385) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %389 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %390 = "stablehlo.add"(%334, %389) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%390, %335, %336, %337, %338, %339, %340, %366, %384, %388) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %392 = "stablehlo.reshape"(%391#7) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %393 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %394 = "stablehlo.dynamic_update_slice"(%222, %392, %393, %393, %393, %226) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %395 = "stablehlo.reshape"(%391#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %396 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %397 = "stablehlo.dynamic_update_slice"(%223, %395, %396, %396, %396, %226) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %398 = "stablehlo.reshape"(%391#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %399 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %400 = "stablehlo.dynamic_update_slice"(%224, %398, %399, %399, %399, %226, %399) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %401 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %402 = "stablehlo.add"(%215, %401) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%402, %216, %217, %218, %219, %220, %221, %394, %397, %400) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
        %404 = "stablehlo.collective_permute"(%185) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %405 = "stablehlo.collective_permute"(%186) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %406 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %407 = "stablehlo.add"(%182, %406) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%407, %183, %403#2, %404, %405, %403#5, %188, %403#7, %403#8, %403#9) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
      %409 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %410 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %411 = "stablehlo.subtract"(%408#6, %409) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %412 = "stablehlo.add"(%411, %410) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %413 = "stablehlo.remainder"(%412, %410) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %414 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
      %415 = "stablehlo.broadcast_in_dim"(%413) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
      %416 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %417 = "stablehlo.broadcast_in_dim"(%416) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
      %418 = "stablehlo.multiply"(%414, %417) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %419 = "stablehlo.add"(%415, %418) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %420 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %421 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %621:10 = "stablehlo.while"(%421, %420, %408#2, %408#3, %408#4, %408#5, %419, %408#7, %408#8, %408#9) ({
      ^bb0(%422: tensor<i32>, %423: tensor<i32>, %424: tensor<1x2x2x8x16xf32>, %425: tensor<1x2x8x16xf32>, %426: tensor<1x2x8x16xf32>, %427: tensor<8xi32>, %428: tensor<8xi32>, %429: tensor<1x2x2x8xf32>, %430: tensor<1x2x2x8xf32>, %431: tensor<1x2x2x8x16xf32>):
        %432 = "stablehlo.compare"(%422, %423) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%432) : (tensor<i1>) -> ()
      }, {
      ^bb0(%433: tensor<i32>, %434: tensor<i32>, %435: tensor<1x2x2x8x16xf32>, %436: tensor<1x2x8x16xf32>, %437: tensor<1x2x8x16xf32>, %438: tensor<8xi32>, %439: tensor<8xi32>, %440: tensor<1x2x2x8xf32>, %441: tensor<1x2x2x8xf32>, %442: tensor<1x2x2x8x16xf32>):
        %443 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %444 = "stablehlo.multiply"(%433, %443) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %445 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %446 = "stablehlo.dynamic_slice"(%435, %445, %445, %445, %444, %445) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %447 = "stablehlo.reshape"(%446) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %448 = "stablehlo.dynamic_slice"(%438, %444) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
        %449 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %450 = "stablehlo.dynamic_slice"(%440, %449, %449, %449, %444) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %451 = "stablehlo.reshape"(%450) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %452 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %453 = "stablehlo.dynamic_slice"(%441, %452, %452, %452, %444) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %454 = "stablehlo.reshape"(%453) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %455 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %456 = "stablehlo.dynamic_slice"(%442, %455, %455, %455, %444, %455) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %457 = "stablehlo.reshape"(%456) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %458 = "stablehlo.slice"(%448) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %459 = "stablehlo.reshape"(%458) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %460 = "stablehlo.slice"(%448) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %461 = "stablehlo.reshape"(%460) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %462 = "stablehlo.slice"(%439) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %463 = "stablehlo.slice"(%439) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %464 = "stablehlo.broadcast_in_dim"(%461) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
        %465 = "stablehlo.compare"(%462, %464) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %466 = "stablehlo.convert"(%465) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
        %467 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %468 = "stablehlo.reduce"(%466, %467) ({
        ^bb0(%469: tensor<i32>, %470: tensor<i32>):
          %471 = "stablehlo.add"(%469, %470) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%471) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %472 = "stablehlo.broadcast_in_dim"(%459) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
        %473 = "stablehlo.compare"(%463, %472) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %474 = "stablehlo.convert"(%473) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
        %475 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %476 = "stablehlo.reduce"(%474, %475) ({
        ^bb0(%477: tensor<i32>, %478: tensor<i32>):
          %479 = "stablehlo.add"(%477, %478) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%479) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %480 = "stablehlo.minimum"(%476, %468) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %481 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %540:10 = "stablehlo.while"(%481, %480, %447, %448, %436, %437, %439, %451, %454, %457) ({
        ^bb0(%482: tensor<i32>, %483: tensor<i32>, %484: tensor<1x2x16x16xf32>, %485: tensor<8xi32>, %486: tensor<1x2x8x16xf32>, %487: tensor<1x2x8x16xf32>, %488: tensor<8xi32>, %489: tensor<1x2x16xf32>, %490: tensor<1x2x16xf32>, %491: tensor<1x2x16x16xf32>):
          %492 = "stablehlo.compare"(%482, %483) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%492) : (tensor<i1>) -> ()
        }, {
        ^bb0(%493: tensor<i32>, %494: tensor<i32>, %495: tensor<1x2x16x16xf32>, %496: tensor<8xi32>, %497: tensor<1x2x8x16xf32>, %498: tensor<1x2x8x16xf32>, %499: tensor<8xi32>, %500: tensor<1x2x16xf32>, %501: tensor<1x2x16xf32>, %502: tensor<1x2x16x16xf32>):
          %503 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %504 = "stablehlo.multiply"(%493, %503) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %505 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %506 = "stablehlo.dynamic_slice"(%497, %505, %505, %504, %505) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %507 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %508 = "stablehlo.dynamic_slice"(%498, %507, %507, %504, %507) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %509 = "stablehlo.dot_general"(%495, %506) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %510 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %511 = "stablehlo.reduce"(%509, %510) ({
          ^bb0(%512: tensor<f32>, %513: tensor<f32>):
            %514 = "stablehlo.maximum"(%512, %513) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%514) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %515 = "stablehlo.maximum"(%500, %511) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %516 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %517 = "stablehlo.broadcast_in_dim"(%516) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %518 = "stablehlo.compare"(%515, %517) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %519 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %520 = "stablehlo.broadcast_in_dim"(%519) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %521 = "stablehlo.select"(%518, %520, %515) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %522 = "stablehlo.broadcast_in_dim"(%521) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %523 = "stablehlo.subtract"(%509, %522) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %524 = "stablehlo.exponential"(%523) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %525 = "stablehlo.subtract"(%500, %521) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %526 = "stablehlo.exponential"(%525) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %527 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %528 = "stablehlo.reduce"(%524, %527) ({
          ^bb0(%529: tensor<f32>, %530: tensor<f32>):
            %531 = "stablehlo.add"(%529, %530) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%531) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %532 = "stablehlo.multiply"(%501, %526) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %533 = "stablehlo.add"(%532, %528) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %534 = "stablehlo.dot_general"(%524, %508) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %535 = "stablehlo.broadcast_in_dim"(%526) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %536 = "stablehlo.multiply"(%502, %535) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %537 = "stablehlo.add"(%536, %534) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %538 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %539 = "stablehlo.add"(%493, %538) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%539, %494, %495, %496, %497, %498, %499, %515, %533, %537) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %609:10 = "stablehlo.while"(%480, %468, %540#2, %540#3, %540#4, %540#5, %540#6, %540#7, %540#8, %540#9) ({
        ^bb0(%541: tensor<i32>, %542: tensor<i32>, %543: tensor<1x2x16x16xf32>, %544: tensor<8xi32>, %545: tensor<1x2x8x16xf32>, %546: tensor<1x2x8x16xf32>, %547: tensor<8xi32>, %548: tensor<1x2x16xf32>, %549: tensor<1x2x16xf32>, %550: tensor<1x2x16x16xf32>):
          %551 = "stablehlo.compare"(%541, %542) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%551) : (tensor<i1>) -> ()
        }, {
        ^bb0(%552: tensor<i32>, %553: tensor<i32>, %554: tensor<1x2x16x16xf32>, %555: tensor<8xi32>, %556: tensor<1x2x8x16xf32>, %557: tensor<1x2x8x16xf32>, %558: tensor<8xi32>, %559: tensor<1x2x16xf32>, %560: tensor<1x2x16xf32>, %561: tensor<1x2x16x16xf32>):
          %562 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %563 = "stablehlo.multiply"(%552, %562) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %564 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %565 = "stablehlo.dynamic_slice"(%556, %564, %564, %563, %564) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %566 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %567 = "stablehlo.dynamic_slice"(%557, %566, %566, %563, %566) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %568 = "stablehlo.dot_general"(%554, %565) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %569 = "stablehlo.dynamic_slice"(%558, %563) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %570 = "stablehlo.broadcast_in_dim"(%555) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %571 = "stablehlo.reshape"(%570) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %572 = "stablehlo.broadcast_in_dim"(%569) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %573 = "stablehlo.reshape"(%572) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %574 = "stablehlo.compare"(%573, %571) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %575 = "stablehlo.broadcast_in_dim"(%574) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %576 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %577 = "stablehlo.broadcast_in_dim"(%576) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %578 = "stablehlo.select"(%575, %568, %577) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %579 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %580 = "stablehlo.reduce"(%578, %579) ({
          ^bb0(%581: tensor<f32>, %582: tensor<f32>):
            %583 = "stablehlo.maximum"(%581, %582) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%583) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %584 = "stablehlo.maximum"(%559, %580) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %585 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %586 = "stablehlo.broadcast_in_dim"(%585) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %587 = "stablehlo.compare"(%584, %586) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %588 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %589 = "stablehlo.broadcast_in_dim"(%588) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %590 = "stablehlo.select"(%587, %589, %584) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %591 = "stablehlo.broadcast_in_dim"(%590) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %592 = "stablehlo.subtract"(%578, %591) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %593 = "stablehlo.exponential"(%592) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %594 = "stablehlo.subtract"(%559, %590) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %595 = "stablehlo.exponential"(%594) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %596 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %597 = "stablehlo.reduce"(%593, %596) ({
          ^bb0(%598: tensor<f32>, %599: tensor<f32>):
            %600 = "stablehlo.add"(%598, %599) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%600) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %601 = "stablehlo.multiply"(%560, %595) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %602 = "stablehlo.add"(%601, %597) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %603 = "stablehlo.dot_general"(%593, %567) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %604 = "stablehlo.broadcast_in_dim"(%595) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %605 = "stablehlo.multiply"(%561, %604) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %606 = "stablehlo.add"(%605, %603) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %607 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %608 = "stablehlo.add"(%552, %607) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%608, %553, %554, %555, %556, %557, %558, %584, %602, %606) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %610 = "stablehlo.reshape"(%609#7) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %611 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %612 = "stablehlo.dynamic_update_slice"(%440, %610, %611, %611, %611, %444) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %613 = "stablehlo.reshape"(%609#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %614 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %615 = "stablehlo.dynamic_update_slice"(%441, %613, %614, %614, %614, %444) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %616 = "stablehlo.reshape"(%609#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
        %617 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %618 = "stablehlo.dynamic_update_slice"(%442, %616, %617, %617, %617, %444, %617) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %619 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %620 = "stablehlo.add"(%433, %619) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%620, %434, %435, %436, %437, %438, %439, %612, %615, %618) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
      %622 = "stablehlo.broadcast_in_dim"(%621#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x8x16xf32>
      %623 = "stablehlo.divide"(%621#9, %622) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>) -> tensor<1x2x2x8x16xf32>
      %624 = "stablehlo.transpose"(%623) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x8x2x2x16xf32>
      %625 = "stablehlo.reshape"(%624) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x2x16xf32>) -> tensor<1x8x64xf32>
      %626 = "stablehlo.dot_general"(%625, %60) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %627 = "stablehlo.add"(%33, %626) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %628 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %629 = "stablehlo.broadcast_in_dim"(%628) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
      %630 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %631 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %683:8 = "stablehlo.while"(%631, %630, %627, %66, %69, %72, %63, %629) ({
      ^bb0(%632: tensor<i32>, %633: tensor<i32>, %634: tensor<1x8x64xf32>, %635: tensor<172x64xf32>, %636: tensor<172x64xf32>, %637: tensor<64x172xf32>, %638: tensor<64xf32>, %639: tensor<1x8x64xf32>):
        %640 = "stablehlo.compare"(%632, %633) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%640) : (tensor<i1>) -> ()
      }, {
      ^bb0(%641: tensor<i32>, %642: tensor<i32>, %643: tensor<1x8x64xf32>, %644: tensor<172x64xf32>, %645: tensor<172x64xf32>, %646: tensor<64x172xf32>, %647: tensor<64xf32>, %648: tensor<1x8x64xf32>):
        %649 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %650 = "stablehlo.multiply"(%641, %649) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %651 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %652 = "stablehlo.dynamic_slice"(%643, %651, %650, %651) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %653 = "stablehlo.multiply"(%652, %652) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %654 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %655 = "stablehlo.reduce"(%653, %654) ({
        ^bb0(%656: tensor<f32>, %657: tensor<f32>):
          %658 = "stablehlo.add"(%656, %657) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%658) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %659 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %660 = "stablehlo.broadcast_in_dim"(%659) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %661 = "stablehlo.divide"(%655, %660) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %662 = "stablehlo.reshape"(%661) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %663 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %664 = "stablehlo.broadcast_in_dim"(%663) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %665 = "stablehlo.add"(%662, %664) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %666 = "stablehlo.rsqrt"(%665) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %667 = "stablehlo.reshape"(%666) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %668 = "stablehlo.broadcast_in_dim"(%667) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %669 = "stablehlo.multiply"(%652, %668) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %670 = "stablehlo.broadcast_in_dim"(%647) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %671 = "stablehlo.multiply"(%669, %670) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %672 = "stablehlo.dot_general"(%671, %645) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %673 = "stablehlo.logistic"(%672) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %674 = "stablehlo.multiply"(%672, %673) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %675 = "stablehlo.dot_general"(%671, %644) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %676 = "stablehlo.multiply"(%674, %675) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %677 = "stablehlo.dot_general"(%676, %646) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<64x172xf32>) -> tensor<1x8x64xf32>
        %678 = "stablehlo.add"(%652, %677) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %679 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %680 = "stablehlo.dynamic_update_slice"(%648, %678, %679, %650, %679) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %681 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %682 = "stablehlo.add"(%641, %681) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%682, %642, %643, %644, %645, %646, %647, %680) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %684 = "stablehlo.reshape"(%33) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
      %685 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %686 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %687 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %688 = "stablehlo.dynamic_update_slice"(%45, %684, %31, %685, %686, %687) {mhlo.sharding = "{manual}"} : (tensor<2x1x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x8x64xf32>
      %689 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %690 = "stablehlo.add"(%31, %689) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%690, %32, %683#7, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, %44, %688) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<2x1x8x64xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<2x1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<2x1x8x64xf32>)
    %692 = "stablehlo.multiply"(%691#2, %691#2) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %693 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %694 = "stablehlo.reduce"(%692, %693) ({
    ^bb0(%695: tensor<f32>, %696: tensor<f32>):
      %697 = "stablehlo.add"(%695, %696) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%697) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
    %698 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %699 = "stablehlo.broadcast_in_dim"(%698) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
    %700 = "stablehlo.divide"(%694, %699) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %701 = "stablehlo.reshape"(%700) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
    %702 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %703 = "stablehlo.broadcast_in_dim"(%702) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
    %704 = "stablehlo.add"(%701, %703) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %705 = "stablehlo.rsqrt"(%704) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %706 = "stablehlo.reshape"(%705) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
    %707 = "stablehlo.broadcast_in_dim"(%706) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
    %708 = "stablehlo.multiply"(%691#2, %707) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %709 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
    %710 = "stablehlo.multiply"(%708, %709) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %711 = "stablehlo.reshape"(%710) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>) -> tensor<8x64xf32>
    %712 = "stablehlo.reshape"(%arg1) {mhlo.sharding = "{manual}"} : (tensor<1x8xi32>) -> tensor<8xi32>
    %713 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %714 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %715 = "stablehlo.broadcast_in_dim"(%714) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<8x64xf32>
    %716 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %717 = "stablehlo.broadcast_in_dim"(%716) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %718 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %719 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %882:8 = "stablehlo.while"(%719, %718, %711, %arg14, %712, %713, %715, %717) ({
    ^bb0(%720: tensor<i32>, %721: tensor<i32>, %722: tensor<8x64xf32>, %723: tensor<256x64xf32>, %724: tensor<8xi32>, %725: tensor<f32>, %726: tensor<8x64xf32>, %727: tensor<256x64xf32>):
      %728 = "stablehlo.compare"(%720, %721) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%728) : (tensor<i1>) -> ()
    }, {
    ^bb0(%729: tensor<i32>, %730: tensor<i32>, %731: tensor<8x64xf32>, %732: tensor<256x64xf32>, %733: tensor<8xi32>, %734: tensor<f32>, %735: tensor<8x64xf32>, %736: tensor<256x64xf32>):
      %737 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %738 = "stablehlo.multiply"(%729, %737) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %739 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %740 = "stablehlo.dynamic_slice"(%731, %738, %739) {slice_sizes = array<i64: 8, 64>, mhlo.sharding = "{manual}"} : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<8x64xf32>
      %741 = "stablehlo.dynamic_slice"(%733, %738) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
      %742 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %743 = "stablehlo.broadcast_in_dim"(%742) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<8xf32>
      %744 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %745 = "stablehlo.broadcast_in_dim"(%744) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<8xf32>
      %746 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %747 = "stablehlo.broadcast_in_dim"(%746) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<8xf32>
      %748 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %749 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %808:8 = "stablehlo.while"(%749, %748, %740, %732, %741, %743, %745, %747) ({
      ^bb0(%750: tensor<i32>, %751: tensor<i32>, %752: tensor<8x64xf32>, %753: tensor<256x64xf32>, %754: tensor<8xi32>, %755: tensor<8xf32>, %756: tensor<8xf32>, %757: tensor<8xf32>):
        %758 = "stablehlo.compare"(%750, %751) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%758) : (tensor<i1>) -> ()
      }, {
      ^bb0(%759: tensor<i32>, %760: tensor<i32>, %761: tensor<8x64xf32>, %762: tensor<256x64xf32>, %763: tensor<8xi32>, %764: tensor<8xf32>, %765: tensor<8xf32>, %766: tensor<8xf32>):
        %767 = "stablehlo.constant"() {value = dense<256> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %768 = "stablehlo.multiply"(%759, %767) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %769 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %770 = "stablehlo.dynamic_slice"(%762, %768, %769) {slice_sizes = array<i64: 256, 64>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<i32>, tensor<i32>) -> tensor<256x64xf32>
        %771 = "stablehlo.dot_general"(%761, %770) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<8x64xf32>, tensor<256x64xf32>) -> tensor<8x256xf32>
        %772 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %773 = "stablehlo.reduce"(%771, %772) ({
        ^bb0(%774: tensor<f32>, %775: tensor<f32>):
          %776 = "stablehlo.maximum"(%774, %775) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%776) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8x256xf32>, tensor<f32>) -> tensor<8xf32>
        %777 = "stablehlo.maximum"(%764, %773) {mhlo.sharding = "{manual}"} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
        %778 = "stablehlo.subtract"(%764, %777) {mhlo.sharding = "{manual}"} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
        %779 = "stablehlo.exponential"(%778) {mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8xf32>
        %780 = "stablehlo.broadcast_in_dim"(%777) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x256xf32>
        %781 = "stablehlo.subtract"(%771, %780) {mhlo.sharding = "{manual}"} : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
        %782 = "stablehlo.exponential"(%781) {mhlo.sharding = "{manual}"} : (tensor<8x256xf32>) -> tensor<8x256xf32>
        %783 = "stablehlo.multiply"(%765, %779) {mhlo.sharding = "{manual}"} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
        %784 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %785 = "stablehlo.reduce"(%782, %784) ({
        ^bb0(%786: tensor<f32>, %787: tensor<f32>):
          %788 = "stablehlo.add"(%786, %787) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%788) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8x256xf32>, tensor<f32>) -> tensor<8xf32>
        %789 = "stablehlo.add"(%783, %785) {mhlo.sharding = "{manual}"} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
        %790 = "stablehlo.iota"() {iota_dimension = 1 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8x256xi32>
        %791 = "stablehlo.constant"() {value = dense<256> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %792 = "stablehlo.multiply"(%759, %791) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %793 = "stablehlo.broadcast_in_dim"(%792) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8x256xi32>
        %794 = "stablehlo.add"(%790, %793) {mhlo.sharding = "{manual}"} : (tensor<8x256xi32>, tensor<8x256xi32>) -> tensor<8x256xi32>
        %795 = "stablehlo.broadcast_in_dim"(%763) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<8x256xi32>
        %796 = "stablehlo.compare"(%794, %795) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<8x256xi32>, tensor<8x256xi32>) -> tensor<8x256xi1>
        %797 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %798 = "stablehlo.broadcast_in_dim"(%797) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<8x256xf32>
        %799 = "stablehlo.select"(%796, %771, %798) {mhlo.sharding = "{manual}"} : (tensor<8x256xi1>, tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
        %800 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %801 = "stablehlo.reduce"(%799, %800) ({
        ^bb0(%802: tensor<f32>, %803: tensor<f32>):
          %804 = "stablehlo.add"(%802, %803) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%804) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8x256xf32>, tensor<f32>) -> tensor<8xf32>
        %805 = "stablehlo.add"(%766, %801) {mhlo.sharding = "{manual}"} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
        %806 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %807 = "stablehlo.add"(%759, %806) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%807, %760, %761, %762, %763, %777, %789, %805) : (tensor<i32>, tensor<i32>, tensor<8x64xf32>, tensor<256x64xf32>, tensor<8xi32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<8x64xf32>, tensor<256x64xf32>, tensor<8xi32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<i32>, tensor<i32>, tensor<8x64xf32>, tensor<256x64xf32>, tensor<8xi32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
      %809 = "stablehlo.log"(%808#6) {mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8xf32>
      %810 = "stablehlo.add"(%808#5, %809) {mhlo.sharding = "{manual}"} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %811 = "stablehlo.subtract"(%810, %808#7) {mhlo.sharding = "{manual}"} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %812 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %813 = "stablehlo.reduce"(%811, %812) ({
      ^bb0(%814: tensor<f32>, %815: tensor<f32>):
        %816 = "stablehlo.add"(%814, %815) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%816) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
      %817 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %818 = "stablehlo.broadcast_in_dim"(%817) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<8x64xf32>
      %819 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %820 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %877:8 = "stablehlo.while"(%820, %819, %740, %732, %741, %810, %818, %736) ({
      ^bb0(%821: tensor<i32>, %822: tensor<i32>, %823: tensor<8x64xf32>, %824: tensor<256x64xf32>, %825: tensor<8xi32>, %826: tensor<8xf32>, %827: tensor<8x64xf32>, %828: tensor<256x64xf32>):
        %829 = "stablehlo.compare"(%821, %822) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%829) : (tensor<i1>) -> ()
      }, {
      ^bb0(%830: tensor<i32>, %831: tensor<i32>, %832: tensor<8x64xf32>, %833: tensor<256x64xf32>, %834: tensor<8xi32>, %835: tensor<8xf32>, %836: tensor<8x64xf32>, %837: tensor<256x64xf32>):
        %838 = "stablehlo.constant"() {value = dense<256> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %839 = "stablehlo.multiply"(%830, %838) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %840 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %841 = "stablehlo.dynamic_slice"(%833, %839, %840) {slice_sizes = array<i64: 256, 64>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<i32>, tensor<i32>) -> tensor<256x64xf32>
        %842 = "stablehlo.dot_general"(%832, %841) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<8x64xf32>, tensor<256x64xf32>) -> tensor<8x256xf32>
        %843 = "stablehlo.broadcast_in_dim"(%835) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x256xf32>
        %844 = "stablehlo.subtract"(%842, %843) {mhlo.sharding = "{manual}"} : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
        %845 = "stablehlo.exponential"(%844) {mhlo.sharding = "{manual}"} : (tensor<8x256xf32>) -> tensor<8x256xf32>
        %846 = "stablehlo.iota"() {iota_dimension = 1 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8x256xi32>
        %847 = "stablehlo.constant"() {value = dense<256> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %848 = "stablehlo.multiply"(%830, %847) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %849 = "stablehlo.broadcast_in_dim"(%848) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8x256xi32>
        %850 = "stablehlo.add"(%846, %849) {mhlo.sharding = "{manual}"} : (tensor<8x256xi32>, tensor<8x256xi32>) -> tensor<8x256xi32>
        %851 = "stablehlo.broadcast_in_dim"(%834) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<8x256xi32>
        %852 = "stablehlo.compare"(%850, %851) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<8x256xi32>, tensor<8x256xi32>) -> tensor<8x256xi1>
        %853 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %854 = "stablehlo.broadcast_in_dim"(%853) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<8x256xf32>
        %855 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %856 = "stablehlo.broadcast_in_dim"(%855) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<8x256xf32>
        %857 = "stablehlo.select"(%852, %854, %856) {mhlo.sharding = "{manual}"} : (tensor<8x256xi1>, tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
        %858 = "stablehlo.subtract"(%845, %857) {mhlo.sharding = "{manual}"} : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
        %859 = "stablehlo.constant"() {value = dense<0.03125> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %860 = "stablehlo.broadcast_in_dim"(%859) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<8x256xf32>
        %861 = "stablehlo.multiply"(%858, %860) {mhlo.sharding = "{manual}"} : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
        %862 = "stablehlo.constant"() {value = dense<256> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %863 = "stablehlo.multiply"(%830, %862) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %864 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %865 = "stablehlo.dynamic_slice"(%833, %863, %864) {slice_sizes = array<i64: 256, 64>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<i32>, tensor<i32>) -> tensor<256x64xf32>
        %866 = "stablehlo.dot_general"(%861, %865) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<8x256xf32>, tensor<256x64xf32>) -> tensor<8x64xf32>
        %867 = "stablehlo.add"(%836, %866) {mhlo.sharding = "{manual}"} : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
        %868 = "stablehlo.dot_general"(%861, %832) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<8x256xf32>, tensor<8x64xf32>) -> tensor<256x64xf32>
        %869 = "stablehlo.constant"() {value = dense<256> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %870 = "stablehlo.multiply"(%830, %869) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %871 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %872 = "stablehlo.dynamic_slice"(%837, %870, %871) {slice_sizes = array<i64: 256, 64>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<i32>, tensor<i32>) -> tensor<256x64xf32>
        %873 = "stablehlo.add"(%872, %868) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
        %874 = "stablehlo.dynamic_update_slice"(%837, %873, %870, %871) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>, tensor<i32>, tensor<i32>) -> tensor<256x64xf32>
        %875 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %876 = "stablehlo.add"(%830, %875) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%876, %831, %832, %833, %834, %835, %867, %874) : (tensor<i32>, tensor<i32>, tensor<8x64xf32>, tensor<256x64xf32>, tensor<8xi32>, tensor<8xf32>, tensor<8x64xf32>, tensor<256x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<8x64xf32>, tensor<256x64xf32>, tensor<8xi32>, tensor<8xf32>, tensor<8x64xf32>, tensor<256x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<8x64xf32>, tensor<256x64xf32>, tensor<8xi32>, tensor<8xf32>, tensor<8x64xf32>, tensor<256x64xf32>)
      %878 = "stablehlo.add"(%734, %813) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %879 = "stablehlo.dynamic_update_slice"(%735, %877#6, %738, %739) {mhlo.sharding = "{manual}"} : (tensor<8x64xf32>, tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<8x64xf32>
      %880 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %881 = "stablehlo.add"(%729, %880) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%881, %730, %731, %732, %733, %878, %879, %877#7) : (tensor<i32>, tensor<i32>, tensor<8x64xf32>, tensor<256x64xf32>, tensor<8xi32>, tensor<f32>, tensor<8x64xf32>, tensor<256x64xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<8x64xf32>, tensor<256x64xf32>, tensor<8xi32>, tensor<f32>, tensor<8x64xf32>, tensor<256x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<8x64xf32>, tensor<256x64xf32>, tensor<8xi32>, tensor<f32>, tensor<8x64xf32>, tensor<256x64xf32>)
    %883 = "stablehlo.constant"() {value = dense<0.03125> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %884 = "stablehlo.multiply"(%882#5, %883) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %885 = "stablehlo.reshape"(%882#6) {mhlo.sharding = "{manual}"} : (tensor<8x64xf32>) -> tensor<1x8x64xf32>
    %886 = "stablehlo.multiply"(%885, %709) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %887 = "stablehlo.multiply"(%885, %708) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %888 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %889 = "stablehlo.reduce"(%887, %888) ({
    ^bb0(%890: tensor<f32>, %891: tensor<f32>):
      %892 = "stablehlo.add"(%890, %891) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%892) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<64xf32>
    %893 = "stablehlo.multiply"(%886, %707) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %894 = "stablehlo.multiply"(%886, %691#2) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %895 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %896 = "stablehlo.reduce"(%894, %895) ({
    ^bb0(%897: tensor<f32>, %898: tensor<f32>):
      %899 = "stablehlo.add"(%897, %898) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%899) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
    %900 = "stablehlo.reshape"(%896) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
    %901 = "stablehlo.constant"() {value = dense<-0.5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %902 = "stablehlo.broadcast_in_dim"(%901) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
    %903 = "stablehlo.multiply"(%705, %705) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %904 = "stablehlo.multiply"(%705, %903) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %905 = "stablehlo.multiply"(%902, %904) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %906 = "stablehlo.multiply"(%900, %905) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %907 = "stablehlo.reshape"(%906) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
    %908 = "stablehlo.divide"(%907, %699) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %909 = "stablehlo.broadcast_in_dim"(%908) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
    %910 = "stablehlo.multiply"(%909, %691#2) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %911 = "stablehlo.multiply"(%909, %691#2) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %912 = "stablehlo.add"(%893, %910) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %913 = "stablehlo.add"(%912, %911) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %914 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %915 = "stablehlo.broadcast_in_dim"(%914) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %916 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %917 = "stablehlo.broadcast_in_dim"(%916) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %918 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %919 = "stablehlo.broadcast_in_dim"(%918) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %920 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %921 = "stablehlo.broadcast_in_dim"(%920) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %922 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %923 = "stablehlo.broadcast_in_dim"(%922) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %924 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %925 = "stablehlo.broadcast_in_dim"(%924) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %926 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %927 = "stablehlo.broadcast_in_dim"(%926) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %928 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %929 = "stablehlo.broadcast_in_dim"(%928) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %930 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %931 = "stablehlo.broadcast_in_dim"(%930) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %932 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %933 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %2374:25 = "stablehlo.while"(%933, %932, %913, %915, %917, %919, %921, %923, %925, %927, %929, %931, %0, %10, %4, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %691#14) ({
    ^bb0(%934: tensor<i32>, %935: tensor<i32>, %936: tensor<1x8x64xf32>, %937: tensor<2x64xf32>, %938: tensor<2x64x64xf32>, %939: tensor<2x32x64xf32>, %940: tensor<2x32x64xf32>, %941: tensor<2x64x64xf32>, %942: tensor<2x64xf32>, %943: tensor<2x172x64xf32>, %944: tensor<2x172x64xf32>, %945: tensor<2x64x172xf32>, %946: tensor<1x8x64xf32>, %947: tensor<8xi32>, %948: tensor<i32>, %949: tensor<2x64xf32>, %950: tensor<2x64x64xf32>, %951: tensor<2x32x64xf32>, %952: tensor<2x32x64xf32>, %953: tensor<2x64x64xf32>, %954: tensor<2x64xf32>, %955: tensor<2x172x64xf32>, %956: tensor<2x172x64xf32>, %957: tensor<2x64x172xf32>, %958: tensor<2x1x8x64xf32>):
      %959 = "stablehlo.compare"(%934, %935) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%959) : (tensor<i1>) -> ()
    }, {
    ^bb0(%960: tensor<i32>, %961: tensor<i32>, %962: tensor<1x8x64xf32>, %963: tensor<2x64xf32>, %964: tensor<2x64x64xf32>, %965: tensor<2x32x64xf32>, %966: tensor<2x32x64xf32>, %967: tensor<2x64x64xf32>, %968: tensor<2x64xf32>, %969: tensor<2x172x64xf32>, %970: tensor<2x172x64xf32>, %971: tensor<2x64x172xf32>, %972: tensor<1x8x64xf32>, %973: tensor<8xi32>, %974: tensor<i32>, %975: tensor<2x64xf32>, %976: tensor<2x64x64xf32>, %977: tensor<2x32x64xf32>, %978: tensor<2x32x64xf32>, %979: tensor<2x64x64xf32>, %980: tensor<2x64xf32>, %981: tensor<2x172x64xf32>, %982: tensor<2x172x64xf32>, %983: tensor<2x64x172xf32>, %984: tensor<2x1x8x64xf32>):
      %985 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %986 = "stablehlo.subtract"(%985, %960) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %987 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %988 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %989 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %990 = "stablehlo.dynamic_slice"(%984, %986, %987, %988, %989) {slice_sizes = array<i64: 1, 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x8x64xf32>
      %991 = "stablehlo.reshape"(%990) {mhlo.sharding = "{manual}"} : (tensor<1x1x8x64xf32>) -> tensor<1x8x64xf32>
      %992 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %993 = "stablehlo.dynamic_slice"(%975, %986, %992) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %994 = "stablehlo.reshape"(%993) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>) -> tensor<64xf32>
      %995 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %996 = "stablehlo.dynamic_slice"(%976, %986, %995, %995) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %997 = "stablehlo.reshape"(%996) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %998 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %999 = "stablehlo.dynamic_slice"(%977, %986, %998, %998) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %1000 = "stablehlo.reshape"(%999) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %1001 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1002 = "stablehlo.dynamic_slice"(%978, %986, %1001, %1001) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %1003 = "stablehlo.reshape"(%1002) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %1004 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1005 = "stablehlo.dynamic_slice"(%979, %986, %1004, %1004) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %1006 = "stablehlo.reshape"(%1005) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %1007 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1008 = "stablehlo.dynamic_slice"(%980, %986, %1007) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %1009 = "stablehlo.reshape"(%1008) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>) -> tensor<64xf32>
      %1010 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1011 = "stablehlo.dynamic_slice"(%981, %986, %1010, %1010) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %1012 = "stablehlo.reshape"(%1011) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %1013 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1014 = "stablehlo.dynamic_slice"(%982, %986, %1013, %1013) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %1015 = "stablehlo.reshape"(%1014) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %1016 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1017 = "stablehlo.dynamic_slice"(%983, %986, %1016, %1016) {slice_sizes = array<i64: 1, 64, 172>, mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x172xf32>
      %1018 = "stablehlo.reshape"(%1017) {mhlo.sharding = "{manual}"} : (tensor<1x64x172xf32>) -> tensor<64x172xf32>
      %1019 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1020 = "stablehlo.broadcast_in_dim"(%1019) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
      %1021 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1022 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1061:5 = "stablehlo.while"(%1022, %1021, %991, %994, %1020) ({
      ^bb0(%1023: tensor<i32>, %1024: tensor<i32>, %1025: tensor<1x8x64xf32>, %1026: tensor<64xf32>, %1027: tensor<1x8x64xf32>):
        %1028 = "stablehlo.compare"(%1023, %1024) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%1028) : (tensor<i1>) -> ()
      }, {
      ^bb0(%1029: tensor<i32>, %1030: tensor<i32>, %1031: tensor<1x8x64xf32>, %1032: tensor<64xf32>, %1033: tensor<1x8x64xf32>):
        %1034 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1035 = "stablehlo.multiply"(%1029, %1034) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1036 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1037 = "stablehlo.dynamic_slice"(%1031, %1036, %1035, %1036) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %1038 = "stablehlo.multiply"(%1037, %1037) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1039 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1040 = "stablehlo.reduce"(%1038, %1039) ({
        ^bb0(%1041: tensor<f32>, %1042: tensor<f32>):
          %1043 = "stablehlo.add"(%1041, %1042) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1043) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %1044 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1045 = "stablehlo.broadcast_in_dim"(%1044) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %1046 = "stablehlo.divide"(%1040, %1045) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %1047 = "stablehlo.reshape"(%1046) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %1048 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1049 = "stablehlo.broadcast_in_dim"(%1048) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %1050 = "stablehlo.add"(%1047, %1049) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1051 = "stablehlo.rsqrt"(%1050) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1052 = "stablehlo.reshape"(%1051) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %1053 = "stablehlo.broadcast_in_dim"(%1052) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %1054 = "stablehlo.multiply"(%1037, %1053) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1055 = "stablehlo.broadcast_in_dim"(%1032) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %1056 = "stablehlo.multiply"(%1054, %1055) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1057 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1058 = "stablehlo.dynamic_update_slice"(%1033, %1056, %1057, %1035, %1057) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %1059 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1060 = "stablehlo.add"(%1029, %1059) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%1060, %1030, %1031, %1032, %1058) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %1062 = "stablehlo.dot_general"(%1061#4, %997) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %1063 = "stablehlo.reshape"(%1062) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>) -> tensor<1x8x4x16xf32>
      %1064 = "stablehlo.dot_general"(%1061#4, %1000) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %1065 = "stablehlo.reshape"(%1064) {mhlo.sharding = "{manual}"} : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %1066 = "stablehlo.dot_general"(%1061#4, %1003) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<32x64xf32>) -> tensor<1x8x32xf32>
      %1067 = "stablehlo.reshape"(%1066) {mhlo.sharding = "{manual}"} : (tensor<1x8x32xf32>) -> tensor<1x8x2x16xf32>
      %1068 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %1069 = "stablehlo.convert"(%973) {mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<8xf32>
      %1070 = "stablehlo.broadcast_in_dim"(%1069) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %1071 = "stablehlo.broadcast_in_dim"(%1068) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %1072 = "stablehlo.multiply"(%1070, %1071) {mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %1073 = "stablehlo.concatenate"(%1072, %1072) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %1074 = "stablehlo.cosine"(%1073) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %1075 = "stablehlo.broadcast_in_dim"(%1074) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %1076 = "stablehlo.sine"(%1073) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %1077 = "stablehlo.broadcast_in_dim"(%1076) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x4x16xf32>
      %1078 = "stablehlo.slice"(%1063) {limit_indices = array<i64: 1, 8, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %1079 = "stablehlo.slice"(%1063) {limit_indices = array<i64: 1, 8, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %1080 = "stablehlo.negate"(%1079) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x8xf32>) -> tensor<1x8x4x8xf32>
      %1081 = "stablehlo.concatenate"(%1080, %1078) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x8x4x8xf32>, tensor<1x8x4x8xf32>) -> tensor<1x8x4x16xf32>
      %1082 = "stablehlo.multiply"(%1063, %1075) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %1083 = "stablehlo.multiply"(%1081, %1077) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %1084 = "stablehlo.add"(%1082, %1083) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %1085 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %1086 = "stablehlo.convert"(%973) {mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<8xf32>
      %1087 = "stablehlo.broadcast_in_dim"(%1086) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %1088 = "stablehlo.broadcast_in_dim"(%1085) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<8x8xf32>
      %1089 = "stablehlo.multiply"(%1087, %1088) {mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
      %1090 = "stablehlo.concatenate"(%1089, %1089) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
      %1091 = "stablehlo.cosine"(%1090) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %1092 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %1093 = "stablehlo.sine"(%1090) {mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<8x16xf32>
      %1094 = "stablehlo.broadcast_in_dim"(%1093) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8x16xf32>) -> tensor<1x8x2x16xf32>
      %1095 = "stablehlo.slice"(%1065) {limit_indices = array<i64: 1, 8, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %1096 = "stablehlo.slice"(%1065) {limit_indices = array<i64: 1, 8, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %1097 = "stablehlo.negate"(%1096) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x8xf32>) -> tensor<1x8x2x8xf32>
      %1098 = "stablehlo.concatenate"(%1097, %1095) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x8x2x8xf32>, tensor<1x8x2x8xf32>) -> tensor<1x8x2x16xf32>
      %1099 = "stablehlo.multiply"(%1065, %1092) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %1100 = "stablehlo.multiply"(%1098, %1094) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %1101 = "stablehlo.add"(%1099, %1100) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %1102 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1103 = "stablehlo.broadcast_in_dim"(%1102) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x4x16xf32>
      %1104 = "stablehlo.multiply"(%1084, %1103) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %1105 = "stablehlo.reshape"(%1104) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x2x2x16xf32>
      %1106 = "stablehlo.transpose"(%1105) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x2x16xf32>) -> tensor<1x2x2x8x16xf32>
      %1107 = "stablehlo.transpose"(%1101) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %1108 = "stablehlo.transpose"(%1067) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x2x8x16xf32>
      %1109 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1110 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %1111 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1112 = "stablehlo.broadcast_in_dim"(%1111) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8xf32>
      %1113 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1114 = "stablehlo.broadcast_in_dim"(%1113) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8x16xf32>
      %1115 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1116 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1354:10 = "stablehlo.while"(%1116, %1115, %1106, %1107, %1108, %973, %974, %1110, %1112, %1114) ({
      ^bb0(%1117: tensor<i32>, %1118: tensor<i32>, %1119: tensor<1x2x2x8x16xf32>, %1120: tensor<1x2x8x16xf32>, %1121: tensor<1x2x8x16xf32>, %1122: tensor<8xi32>, %1123: tensor<i32>, %1124: tensor<1x2x2x8xf32>, %1125: tensor<1x2x2x8xf32>, %1126: tensor<1x2x2x8x16xf32>):
        %1127 = "stablehlo.compare"(%1117, %1118) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%1127) : (tensor<i1>) -> ()
      }, {
      ^bb0(%1128: tensor<i32>, %1129: tensor<i32>, %1130: tensor<1x2x2x8x16xf32>, %1131: tensor<1x2x8x16xf32>, %1132: tensor<1x2x8x16xf32>, %1133: tensor<8xi32>, %1134: tensor<i32>, %1135: tensor<1x2x2x8xf32>, %1136: tensor<1x2x2x8xf32>, %1137: tensor<1x2x2x8x16xf32>):
        %1138 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1139 = "stablehlo.subtract"(%1134, %1128) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1140 = "stablehlo.add"(%1139, %1138) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1141 = "stablehlo.remainder"(%1140, %1138) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1142 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
        %1143 = "stablehlo.broadcast_in_dim"(%1141) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %1144 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1145 = "stablehlo.broadcast_in_dim"(%1144) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %1146 = "stablehlo.multiply"(%1142, %1145) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %1147 = "stablehlo.add"(%1143, %1146) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %1148 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1149 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1349:10 = "stablehlo.while"(%1149, %1148, %1130, %1131, %1132, %1133, %1147, %1135, %1136, %1137) ({
        ^bb0(%1150: tensor<i32>, %1151: tensor<i32>, %1152: tensor<1x2x2x8x16xf32>, %1153: tensor<1x2x8x16xf32>, %1154: tensor<1x2x8x16xf32>, %1155: tensor<8xi32>, %1156: tensor<8xi32>, %1157: tensor<1x2x2x8xf32>, %1158: tensor<1x2x2x8xf32>, %1159: tensor<1x2x2x8x16xf32>):
          %1160 = "stablehlo.compare"(%1150, %1151) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%1160) : (tensor<i1>) -> ()
        }, {
        ^bb0(%1161: tensor<i32>, %1162: tensor<i32>, %1163: tensor<1x2x2x8x16xf32>, %1164: tensor<1x2x8x16xf32>, %1165: tensor<1x2x8x16xf32>, %1166: tensor<8xi32>, %1167: tensor<8xi32>, %1168: tensor<1x2x2x8xf32>, %1169: tensor<1x2x2x8xf32>, %1170: tensor<1x2x2x8x16xf32>):
          %1171 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1172 = "stablehlo.multiply"(%1161, %1171) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1173 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1174 = "stablehlo.dynamic_slice"(%1163, %1173, %1173, %1173, %1172, %1173) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %1175 = "stablehlo.reshape"(%1174) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %1176 = "stablehlo.dynamic_slice"(%1166, %1172) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %1177 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1178 = "stablehlo.dynamic_slice"(%1168, %1177, %1177, %1177, %1172) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %1179 = "stablehlo.reshape"(%1178) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %1180 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1181 = "stablehlo.dynamic_slice"(%1169, %1180, %1180, %1180, %1172) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %1182 = "stablehlo.reshape"(%1181) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %1183 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1184 = "stablehlo.dynamic_slice"(%1170, %1183, %1183, %1183, %1172, %1183) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %1185 = "stablehlo.reshape"(%1184) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %1186 = "stablehlo.slice"(%1176) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1187 = "stablehlo.reshape"(%1186) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %1188 = "stablehlo.slice"(%1176) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1189 = "stablehlo.reshape"(%1188) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %1190 = "stablehlo.slice"(%1167) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1191 = "stablehlo.slice"(%1167) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1192 = "stablehlo.broadcast_in_dim"(%1189) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
          %1193 = "stablehlo.compare"(%1190, %1192) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %1194 = "stablehlo.convert"(%1193) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
          %1195 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1196 = "stablehlo.reduce"(%1194, %1195) ({
          ^bb0(%1197: tensor<i32>, %1198: tensor<i32>):
            %1199 = "stablehlo.add"(%1197, %1198) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1199) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %1200 = "stablehlo.broadcast_in_dim"(%1187) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
          %1201 = "stablehlo.compare"(%1191, %1200) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %1202 = "stablehlo.convert"(%1201) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
          %1203 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1204 = "stablehlo.reduce"(%1202, %1203) ({
          ^bb0(%1205: tensor<i32>, %1206: tensor<i32>):
            %1207 = "stablehlo.add"(%1205, %1206) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1207) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %1208 = "stablehlo.minimum"(%1204, %1196) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1209 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1268:10 = "stablehlo.while"(%1209, %1208, %1175, %1176, %1164, %1165, %1167, %1179, %1182, %1185) ({
          ^bb0(%1210: tensor<i32>, %1211: tensor<i32>, %1212: tensor<1x2x16x16xf32>, %1213: tensor<8xi32>, %1214: tensor<1x2x8x16xf32>, %1215: tensor<1x2x8x16xf32>, %1216: tensor<8xi32>, %1217: tensor<1x2x16xf32>, %1218: tensor<1x2x16xf32>, %1219: tensor<1x2x16x16xf32>):
            %1220 = "stablehlo.compare"(%1210, %1211) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%1220) : (tensor<i1>) -> ()
          }, {
          ^bb0(%1221: tensor<i32>, %1222: tensor<i32>, %1223: tensor<1x2x16x16xf32>, %1224: tensor<8xi32>, %1225: tensor<1x2x8x16xf32>, %1226: tensor<1x2x8x16xf32>, %1227: tensor<8xi32>, %1228: tensor<1x2x16xf32>, %1229: tensor<1x2x16xf32>, %1230: tensor<1x2x16x16xf32>):
            %1231 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1232 = "stablehlo.multiply"(%1221, %1231) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1233 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1234 = "stablehlo.dynamic_slice"(%1225, %1233, %1233, %1232, %1233) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1235 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1236 = "stablehlo.dynamic_slice"(%1226, %1235, %1235, %1232, %1235) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1237 = "stablehlo.dot_general"(%1223, %1234) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %1238 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1239 = "stablehlo.reduce"(%1237, %1238) ({
            ^bb0(%1240: tensor<f32>, %1241: tensor<f32>):
              %1242 = "stablehlo.maximum"(%1240, %1241) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1242) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1243 = "stablehlo.maximum"(%1228, %1239) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1244 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1245 = "stablehlo.broadcast_in_dim"(%1244) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1246 = "stablehlo.compare"(%1243, %1245) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %1247 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1248 = "stablehlo.broadcast_in_dim"(%1247) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1249 = "stablehlo.select"(%1246, %1248, %1243) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1250 = "stablehlo.broadcast_in_dim"(%1249) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %1251 = "stablehlo.subtract"(%1237, %1250) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1252 = "stablehlo.exponential"(%1251) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1253 = "stablehlo.subtract"(%1228, %1249) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1254 = "stablehlo.exponential"(%1253) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1255 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1256 = "stablehlo.reduce"(%1252, %1255) ({
            ^bb0(%1257: tensor<f32>, %1258: tensor<f32>):
              %1259 = "stablehlo.add"(%1257, %1258) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1259) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1260 = "stablehlo.multiply"(%1229, %1254) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1261 = "stablehlo.add"(%1260, %1256) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1262 = "stablehlo.dot_general"(%1252, %1236) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %1263 = "stablehlo.broadcast_in_dim"(%1254) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %1264 = "stablehlo.multiply"(%1230, %1263) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1265 = "stablehlo.add"(%1264, %1262) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1266 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1267 = "stablehlo.add"(%1221, %1266) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1267, %1222, %1223, %1224, %1225, %1226, %1227, %1243, %1261, %1265) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %1337:10 = "stablehlo.while"(%1208, %1196, %1268#2, %1268#3, %1268#4, %1268#5, %1268#6, %1268#7, %1268#8, %1268#9) ({
          ^bb0(%1269: tensor<i32>, %1270: tensor<i32>, %1271: tensor<1x2x16x16xf32>, %1272: tensor<8xi32>, %1273: tensor<1x2x8x16xf32>, %1274: tensor<1x2x8x16xf32>, %1275: tensor<8xi32>, %1276: tensor<1x2x16xf32>, %1277: tensor<1x2x16xf32>, %1278: tensor<1x2x16x16xf32>):
            %1279 = "stablehlo.compare"(%1269, %1270) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%1279) : (tensor<i1>) -> ()
          }, {
          ^bb0(%1280: tensor<i32>, %1281: tensor<i32>, %1282: tensor<1x2x16x16xf32>, %1283: tensor<8xi32>, %1284: tensor<1x2x8x16xf32>, %1285: tensor<1x2x8x16xf32>, %1286: tensor<8xi32>, %1287: tensor<1x2x16xf32>, %1288: tensor<1x2x16xf32>, %1289: tensor<1x2x16x16xf32>):
            %1290 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1291 = "stablehlo.multiply"(%1280, %1290) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1292 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1293 = "stablehlo.dynamic_slice"(%1284, %1292, %1292, %1291, %1292) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1294 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1295 = "stablehlo.dynamic_slice"(%1285, %1294, %1294, %1291, %1294) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1296 = "stablehlo.dot_general"(%1282, %1293) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %1297 = "stablehlo.dynamic_slice"(%1286, %1291) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
            %1298 = "stablehlo.broadcast_in_dim"(%1283) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %1299 = "stablehlo.reshape"(%1298) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %1300 = "stablehlo.broadcast_in_dim"(%1297) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %1301 = "stablehlo.reshape"(%1300) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %1302 = "stablehlo.compare"(%1301, %1299) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %1303 = "stablehlo.broadcast_in_dim"(%1302) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %1304 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1305 = "stablehlo.broadcast_in_dim"(%1304) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1306 = "stablehlo.select"(%1303, %1296, %1305) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1307 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1308 = "stablehlo.reduce"(%1306, %1307) ({
            ^bb0(%1309: tensor<f32>, %1310: tensor<f32>):
              %1311 = "stablehlo.maximum"(%1309, %1310) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1311) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1312 = "stablehlo.maximum"(%1287, %1308) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1313 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1314 = "stablehlo.broadcast_in_dim"(%1313) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1315 = "stablehlo.compare"(%1312, %1314) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
            %1316 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1317 = "stablehlo.broadcast_in_dim"(%1316) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
            %1318 = "stablehlo.select"(%1315, %1317, %1312) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1319 = "stablehlo.broadcast_in_dim"(%1318) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %1320 = "stablehlo.subtract"(%1306, %1319) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1321 = "stablehlo.exponential"(%1320) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1322 = "stablehlo.subtract"(%1287, %1318) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1323 = "stablehlo.exponential"(%1322) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1324 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1325 = "stablehlo.reduce"(%1321, %1324) ({
            ^bb0(%1326: tensor<f32>, %1327: tensor<f32>):
              %1328 = "stablehlo.add"(%1326, %1327) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%1328) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
            %1329 = "stablehlo.multiply"(%1288, %1323) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1330 = "stablehlo.add"(%1329, %1325) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
            %1331 = "stablehlo.dot_general"(%1321, %1295) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %1332 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
            %1333 = "stablehlo.multiply"(%1289, %1332) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1334 = "stablehlo.add"(%1333, %1331) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1335 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1336 = "stablehlo.add"(%1280, %1335) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1336, %1281, %1282, %1283, %1284, %1285, %1286, %1312, %1330, %1334) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
          %1338 = "stablehlo.reshape"(%1337#7) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %1339 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1340 = "stablehlo.dynamic_update_slice"(%1168, %1338, %1339, %1339, %1339, %1172) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %1341 = "stablehlo.reshape"(%1337#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
          %1342 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1343 = "stablehlo.dynamic_update_slice"(%1169, %1341, %1342, %1342, %1342, %1172) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %1344 = "stablehlo.reshape"(%1337#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %1345 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1346 = "stablehlo.dynamic_update_slice"(%1170, %1344, %1345, %1345, %1345, %1172, %1345) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %1347 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1348 = "stablehlo.add"(%1161, %1347) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1348, %1162, %1163, %1164, %1165, %1166, %1167, %1340, %1343, %1346) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
        %1350 = "stablehlo.collective_permute"(%1131) {channel_handle = #stablehlo.channel_handle<handle = 3, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %1351 = "stablehlo.collective_permute"(%1132) {channel_handle = #stablehlo.channel_handle<handle = 4, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %1352 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1353 = "stablehlo.add"(%1128, %1352) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%1353, %1129, %1349#2, %1350, %1351, %1349#5, %1134, %1349#7, %1349#8, %1349#9) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
      %1355 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1356 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1357 = "stablehlo.subtract"(%1354#6, %1355) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %1358 = "stablehlo.add"(%1357, %1356) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %1359 = "stablehlo.remainder"(%1358, %1356) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %1360 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
      %1361 = "stablehlo.broadcast_in_dim"(%1359) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
      %1362 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1363 = "stablehlo.broadcast_in_dim"(%1362) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
      %1364 = "stablehlo.multiply"(%1360, %1363) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %1365 = "stablehlo.add"(%1361, %1364) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %1366 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1367 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1567:10 = "stablehlo.while"(%1367, %1366, %1354#2, %1354#3, %1354#4, %1354#5, %1365, %1354#7, %1354#8, %1354#9) ({
      ^bb0(%1368: tensor<i32>, %1369: tensor<i32>, %1370: tensor<1x2x2x8x16xf32>, %1371: tensor<1x2x8x16xf32>, %1372: tensor<1x2x8x16xf32>, %1373: tensor<8xi32>, %1374: tensor<8xi32>, %1375: tensor<1x2x2x8xf32>, %1376: tensor<1x2x2x8xf32>, %1377: tensor<1x2x2x8x16xf32>):
        %1378 = "stablehlo.compare"(%1368, %1369) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%1378) : (tensor<i1>) -> ()
      }, {
      ^bb0(%1379: tensor<i32>, %1380: tensor<i32>, %1381: tensor<1x2x2x8x16xf32>, %1382: tensor<1x2x8x16xf32>, %1383: tensor<1x2x8x16xf32>, %1384: tensor<8xi32>, %1385: tensor<8xi32>, %1386: tensor<1x2x2x8xf32>, %1387: tensor<1x2x2x8xf32>, %1388: tensor<1x2x2x8x16xf32>):
        %1389 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1390 = "stablehlo.multiply"(%1379, %1389) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1391 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1392 = "stablehlo.dynamic_slice"(%1381, %1391, %1391, %1391, %1390, %1391) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %1393 = "stablehlo.reshape"(%1392) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %1394 = "stablehlo.dynamic_slice"(%1384, %1390) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
        %1395 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1396 = "stablehlo.dynamic_slice"(%1386, %1395, %1395, %1395, %1390) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %1397 = "stablehlo.reshape"(%1396) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %1398 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1399 = "stablehlo.dynamic_slice"(%1387, %1398, %1398, %1398, %1390) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %1400 = "stablehlo.reshape"(%1399) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %1401 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1402 = "stablehlo.dynamic_slice"(%1388, %1401, %1401, %1401, %1390, %1401) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %1403 = "stablehlo.reshape"(%1402) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %1404 = "stablehlo.slice"(%1394) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %1405 = "stablehlo.reshape"(%1404) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %1406 = "stablehlo.slice"(%1394) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %1407 = "stablehlo.reshape"(%1406) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %1408 = "stablehlo.slice"(%1385) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %1409 = "stablehlo.slice"(%1385) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %1410 = "stablehlo.broadcast_in_dim"(%1407) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
        %1411 = "stablehlo.compare"(%1408, %1410) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %1412 = "stablehlo.convert"(%1411) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
        %1413 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1414 = "stablehlo.reduce"(%1412, %1413) ({
        ^bb0(%1415: tensor<i32>, %1416: tensor<i32>):
          %1417 = "stablehlo.add"(%1415, %1416) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1417) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %1418 = "stablehlo.broadcast_in_dim"(%1405) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
        %1419 = "stablehlo.compare"(%1409, %1418) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %1420 = "stablehlo.convert"(%1419) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
        %1421 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1422 = "stablehlo.reduce"(%1420, %1421) ({
        ^bb0(%1423: tensor<i32>, %1424: tensor<i32>):
          %1425 = "stablehlo.add"(%1423, %1424) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1425) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %1426 = "stablehlo.minimum"(%1422, %1414) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1427 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1486:10 = "stablehlo.while"(%1427, %1426, %1393, %1394, %1382, %1383, %1385, %1397, %1400, %1403) ({
        ^bb0(%1428: tensor<i32>, %1429: tensor<i32>, %1430: tensor<1x2x16x16xf32>, %1431: tensor<8xi32>, %1432: tensor<1x2x8x16xf32>, %1433: tensor<1x2x8x16xf32>, %1434: tensor<8xi32>, %1435: tensor<1x2x16xf32>, %1436: tensor<1x2x16xf32>, %1437: tensor<1x2x16x16xf32>):
          %1438 = "stablehlo.compare"(%1428, %1429) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%1438) : (tensor<i1>) -> ()
        }, {
        ^bb0(%1439: tensor<i32>, %1440: tensor<i32>, %1441: tensor<1x2x16x16xf32>, %1442: tensor<8xi32>, %1443: tensor<1x2x8x16xf32>, %1444: tensor<1x2x8x16xf32>, %1445: tensor<8xi32>, %1446: tensor<1x2x16xf32>, %1447: tensor<1x2x16xf32>, %1448: tensor<1x2x16x16xf32>):
          %1449 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1450 = "stablehlo.multiply"(%1439, %1449) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1451 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1452 = "stablehlo.dynamic_slice"(%1443, %1451, %1451, %1450, %1451) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %1453 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1454 = "stablehlo.dynamic_slice"(%1444, %1453, %1453, %1450, %1453) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %1455 = "stablehlo.dot_general"(%1441, %1452) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %1456 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %1457 = "stablehlo.reduce"(%1455, %1456) ({
          ^bb0(%1458: tensor<f32>, %1459: tensor<f32>):
            %1460 = "stablehlo.maximum"(%1458, %1459) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1460) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %1461 = "stablehlo.maximum"(%1446, %1457) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1462 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %1463 = "stablehlo.broadcast_in_dim"(%1462) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %1464 = "stablehlo.compare"(%1461, %1463) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %1465 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %1466 = "stablehlo.broadcast_in_dim"(%1465) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %1467 = "stablehlo.select"(%1464, %1466, %1461) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1468 = "stablehlo.broadcast_in_dim"(%1467) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %1469 = "stablehlo.subtract"(%1455, %1468) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %1470 = "stablehlo.exponential"(%1469) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %1471 = "stablehlo.subtract"(%1446, %1467) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1472 = "stablehlo.exponential"(%1471) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1473 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %1474 = "stablehlo.reduce"(%1470, %1473) ({
          ^bb0(%1475: tensor<f32>, %1476: tensor<f32>):
            %1477 = "stablehlo.add"(%1475, %1476) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1477) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %1478 = "stablehlo.multiply"(%1447, %1472) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1479 = "stablehlo.add"(%1478, %1474) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1480 = "stablehlo.dot_general"(%1470, %1454) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %1481 = "stablehlo.broadcast_in_dim"(%1472) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %1482 = "stablehlo.multiply"(%1448, %1481) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %1483 = "stablehlo.add"(%1482, %1480) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %1484 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1485 = "stablehlo.add"(%1439, %1484) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1485, %1440, %1441, %1442, %1443, %1444, %1445, %1461, %1479, %1483) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %1555:10 = "stablehlo.while"(%1426, %1414, %1486#2, %1486#3, %1486#4, %1486#5, %1486#6, %1486#7, %1486#8, %1486#9) ({
        ^bb0(%1487: tensor<i32>, %1488: tensor<i32>, %1489: tensor<1x2x16x16xf32>, %1490: tensor<8xi32>, %1491: tensor<1x2x8x16xf32>, %1492: tensor<1x2x8x16xf32>, %1493: tensor<8xi32>, %1494: tensor<1x2x16xf32>, %1495: tensor<1x2x16xf32>, %1496: tensor<1x2x16x16xf32>):
          %1497 = "stablehlo.compare"(%1487, %1488) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%1497) : (tensor<i1>) -> ()
        }, {
        ^bb0(%1498: tensor<i32>, %1499: tensor<i32>, %1500: tensor<1x2x16x16xf32>, %1501: tensor<8xi32>, %1502: tensor<1x2x8x16xf32>, %1503: tensor<1x2x8x16xf32>, %1504: tensor<8xi32>, %1505: tensor<1x2x16xf32>, %1506: tensor<1x2x16xf32>, %1507: tensor<1x2x16x16xf32>):
          %1508 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1509 = "stablehlo.multiply"(%1498, %1508) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1510 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1511 = "stablehlo.dynamic_slice"(%1502, %1510, %1510, %1509, %1510) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %1512 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1513 = "stablehlo.dynamic_slice"(%1503, %1512, %1512, %1509, %1512) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %1514 = "stablehlo.dot_general"(%1500, %1511) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %1515 = "stablehlo.dynamic_slice"(%1504, %1509) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %1516 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %1517 = "stablehlo.reshape"(%1516) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %1518 = "stablehlo.broadcast_in_dim"(%1515) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %1519 = "stablehlo.reshape"(%1518) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %1520 = "stablehlo.compare"(%1519, %1517) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %1521 = "stablehlo.broadcast_in_dim"(%1520) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %1522 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %1523 = "stablehlo.broadcast_in_dim"(%1522) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %1524 = "stablehlo.select"(%1521, %1514, %1523) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %1525 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %1526 = "stablehlo.reduce"(%1524, %1525) ({
          ^bb0(%1527: tensor<f32>, %1528: tensor<f32>):
            %1529 = "stablehlo.maximum"(%1527, %1528) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1529) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %1530 = "stablehlo.maximum"(%1505, %1526) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1531 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %1532 = "stablehlo.broadcast_in_dim"(%1531) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %1533 = "stablehlo.compare"(%1530, %1532) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %1534 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %1535 = "stablehlo.broadcast_in_dim"(%1534) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16xf32>
          %1536 = "stablehlo.select"(%1533, %1535, %1530) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1537 = "stablehlo.broadcast_in_dim"(%1536) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %1538 = "stablehlo.subtract"(%1524, %1537) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %1539 = "stablehlo.exponential"(%1538) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %1540 = "stablehlo.subtract"(%1505, %1536) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1541 = "stablehlo.exponential"(%1540) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1542 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %1543 = "stablehlo.reduce"(%1539, %1542) ({
          ^bb0(%1544: tensor<f32>, %1545: tensor<f32>):
            %1546 = "stablehlo.add"(%1544, %1545) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1546) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %1547 = "stablehlo.multiply"(%1506, %1541) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1548 = "stablehlo.add"(%1547, %1543) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %1549 = "stablehlo.dot_general"(%1539, %1513) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %1550 = "stablehlo.broadcast_in_dim"(%1541) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %1551 = "stablehlo.multiply"(%1507, %1550) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %1552 = "stablehlo.add"(%1551, %1549) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %1553 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1554 = "stablehlo.add"(%1498, %1553) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1554, %1499, %1500, %1501, %1502, %1503, %1504, %1530, %1548, %1552) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %1556 = "stablehlo.reshape"(%1555#7) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %1557 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1558 = "stablehlo.dynamic_update_slice"(%1386, %1556, %1557, %1557, %1557, %1390) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %1559 = "stablehlo.reshape"(%1555#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %1560 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1561 = "stablehlo.dynamic_update_slice"(%1387, %1559, %1560, %1560, %1560, %1390) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %1562 = "stablehlo.reshape"(%1555#9) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
        %1563 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1564 = "stablehlo.dynamic_update_slice"(%1388, %1562, %1563, %1563, %1563, %1390, %1563) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %1565 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1566 = "stablehlo.add"(%1379, %1565) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%1566, %1380, %1381, %1382, %1383, %1384, %1385, %1558, %1561, %1564) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<8xi32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>)
      %1568 = "stablehlo.broadcast_in_dim"(%1567#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x8x16xf32>
      %1569 = "stablehlo.divide"(%1567#9, %1568) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>) -> tensor<1x2x2x8x16xf32>
      %1570 = "stablehlo.transpose"(%1569) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x8x2x2x16xf32>
      %1571 = "stablehlo.reshape"(%1570) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x2x16xf32>) -> tensor<1x8x64xf32>
      %1572 = "stablehlo.dot_general"(%1571, %1006) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %1573 = "stablehlo.add"(%991, %1572) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %1574 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1575 = "stablehlo.broadcast_in_dim"(%1574) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
      %1576 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1577 = "stablehlo.broadcast_in_dim"(%1576) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
      %1578 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1579 = "stablehlo.broadcast_in_dim"(%1578) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<172x64xf32>
      %1580 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1581 = "stablehlo.broadcast_in_dim"(%1580) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<172x64xf32>
      %1582 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1583 = "stablehlo.broadcast_in_dim"(%1582) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64x172xf32>
      %1584 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1585 = "stablehlo.broadcast_in_dim"(%1584) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
      %1586 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1587 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1710:14 = "stablehlo.while"(%1587, %1586, %1577, %1579, %1581, %1583, %1585, %962, %1573, %1012, %1015, %1018, %1009, %1575) ({
      ^bb0(%1588: tensor<i32>, %1589: tensor<i32>, %1590: tensor<1x8x64xf32>, %1591: tensor<172x64xf32>, %1592: tensor<172x64xf32>, %1593: tensor<64x172xf32>, %1594: tensor<64xf32>, %1595: tensor<1x8x64xf32>, %1596: tensor<1x8x64xf32>, %1597: tensor<172x64xf32>, %1598: tensor<172x64xf32>, %1599: tensor<64x172xf32>, %1600: tensor<64xf32>, %1601: tensor<1x8x64xf32>):
        %1602 = "stablehlo.compare"(%1588, %1589) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%1602) : (tensor<i1>) -> ()
      }, {
      ^bb0(%1603: tensor<i32>, %1604: tensor<i32>, %1605: tensor<1x8x64xf32>, %1606: tensor<172x64xf32>, %1607: tensor<172x64xf32>, %1608: tensor<64x172xf32>, %1609: tensor<64xf32>, %1610: tensor<1x8x64xf32>, %1611: tensor<1x8x64xf32>, %1612: tensor<172x64xf32>, %1613: tensor<172x64xf32>, %1614: tensor<64x172xf32>, %1615: tensor<64xf32>, %1616: tensor<1x8x64xf32>):
        %1617 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1618 = "stablehlo.subtract"(%1617, %1603) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1619 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1620 = "stablehlo.multiply"(%1618, %1619) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1621 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1622 = "stablehlo.dynamic_slice"(%1611, %1621, %1620, %1621) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %1623 = "stablehlo.multiply"(%1622, %1622) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1624 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1625 = "stablehlo.reduce"(%1623, %1624) ({
        ^bb0(%1626: tensor<f32>, %1627: tensor<f32>):
          %1628 = "stablehlo.add"(%1626, %1627) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1628) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %1629 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1630 = "stablehlo.broadcast_in_dim"(%1629) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %1631 = "stablehlo.divide"(%1625, %1630) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %1632 = "stablehlo.reshape"(%1631) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %1633 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1634 = "stablehlo.broadcast_in_dim"(%1633) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %1635 = "stablehlo.add"(%1632, %1634) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1636 = "stablehlo.rsqrt"(%1635) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1637 = "stablehlo.reshape"(%1636) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %1638 = "stablehlo.broadcast_in_dim"(%1637) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %1639 = "stablehlo.multiply"(%1622, %1638) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1640 = "stablehlo.broadcast_in_dim"(%1615) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %1641 = "stablehlo.multiply"(%1639, %1640) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1642 = "stablehlo.dot_general"(%1641, %1613) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %1643 = "stablehlo.logistic"(%1642) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1644 = "stablehlo.multiply"(%1642, %1643) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1645 = "stablehlo.dot_general"(%1641, %1612) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<172x64xf32>) -> tensor<1x8x172xf32>
        %1646 = "stablehlo.multiply"(%1644, %1645) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1647 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1648 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1649 = "stablehlo.broadcast_in_dim"(%1648) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
        %1650 = "stablehlo.dynamic_update_slice"(%1610, %1649, %1647, %1620, %1647) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %1651 = "stablehlo.dynamic_slice"(%1610, %1647, %1620, %1647) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %1652 = "stablehlo.dot_general"(%1651, %1614) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<64x172xf32>) -> tensor<1x8x172xf32>
        %1653 = "stablehlo.dot_general"(%1646, %1651) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x64xf32>) -> tensor<172x64xf32>
        %1654 = "stablehlo.transpose"(%1653) {permutation = array<i64: 1, 0>, mhlo.sharding = "{manual}"} : (tensor<172x64xf32>) -> tensor<64x172xf32>
        %1655 = "stablehlo.add"(%1608, %1654) {mhlo.sharding = "{manual}"} : (tensor<64x172xf32>, tensor<64x172xf32>) -> tensor<64x172xf32>
        %1656 = "stablehlo.multiply"(%1652, %1645) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1657 = "stablehlo.multiply"(%1652, %1644) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1658 = "stablehlo.dot_general"(%1657, %1612) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<172x64xf32>) -> tensor<1x8x64xf32>
        %1659 = "stablehlo.dot_general"(%1641, %1657) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x172xf32>) -> tensor<64x172xf32>
        %1660 = "stablehlo.transpose"(%1659) {permutation = array<i64: 1, 0>, mhlo.sharding = "{manual}"} : (tensor<64x172xf32>) -> tensor<172x64xf32>
        %1661 = "stablehlo.add"(%1606, %1660) {mhlo.sharding = "{manual}"} : (tensor<172x64xf32>, tensor<172x64xf32>) -> tensor<172x64xf32>
        %1662 = "stablehlo.multiply"(%1656, %1643) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1663 = "stablehlo.multiply"(%1656, %1642) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1664 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1665 = "stablehlo.broadcast_in_dim"(%1664) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x172xf32>
        %1666 = "stablehlo.subtract"(%1665, %1643) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1667 = "stablehlo.multiply"(%1643, %1666) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1668 = "stablehlo.multiply"(%1663, %1667) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1669 = "stablehlo.add"(%1662, %1668) {mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<1x8x172xf32>) -> tensor<1x8x172xf32>
        %1670 = "stablehlo.dot_general"(%1669, %1613) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x172xf32>, tensor<172x64xf32>) -> tensor<1x8x64xf32>
        %1671 = "stablehlo.dot_general"(%1641, %1669) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x172xf32>) -> tensor<64x172xf32>
        %1672 = "stablehlo.transpose"(%1671) {permutation = array<i64: 1, 0>, mhlo.sharding = "{manual}"} : (tensor<64x172xf32>) -> tensor<172x64xf32>
        %1673 = "stablehlo.add"(%1658, %1670) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1674 = "stablehlo.add"(%1607, %1672) {mhlo.sharding = "{manual}"} : (tensor<172x64xf32>, tensor<172x64xf32>) -> tensor<172x64xf32>
        %1675 = "stablehlo.multiply"(%1673, %1640) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1676 = "stablehlo.multiply"(%1673, %1639) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1677 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1678 = "stablehlo.reduce"(%1676, %1677) ({
        ^bb0(%1679: tensor<f32>, %1680: tensor<f32>):
          %1681 = "stablehlo.add"(%1679, %1680) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1681) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<64xf32>
        %1682 = "stablehlo.add"(%1609, %1678) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
        %1683 = "stablehlo.multiply"(%1675, %1638) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1684 = "stablehlo.multiply"(%1675, %1622) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1685 = "stablehlo.add"(%1651, %1683) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1686 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1687 = "stablehlo.reduce"(%1684, %1686) ({
        ^bb0(%1688: tensor<f32>, %1689: tensor<f32>):
          %1690 = "stablehlo.add"(%1688, %1689) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1690) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %1691 = "stablehlo.reshape"(%1687) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %1692 = "stablehlo.constant"() {value = dense<-0.5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1693 = "stablehlo.broadcast_in_dim"(%1692) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %1694 = "stablehlo.multiply"(%1636, %1636) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1695 = "stablehlo.multiply"(%1636, %1694) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1696 = "stablehlo.multiply"(%1693, %1695) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1697 = "stablehlo.multiply"(%1691, %1696) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %1698 = "stablehlo.reshape"(%1697) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %1699 = "stablehlo.divide"(%1698, %1630) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %1700 = "stablehlo.broadcast_in_dim"(%1699) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %1701 = "stablehlo.multiply"(%1700, %1622) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1702 = "stablehlo.multiply"(%1700, %1622) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1703 = "stablehlo.add"(%1685, %1701) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1704 = "stablehlo.add"(%1703, %1702) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1705 = "stablehlo.dynamic_slice"(%1605, %1621, %1620, %1621) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %1706 = "stablehlo.add"(%1705, %1704) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %1707 = "stablehlo.dynamic_update_slice"(%1605, %1706, %1621, %1620, %1621) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %1708 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1709 = "stablehlo.add"(%1603, %1708) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%1709, %1604, %1707, %1661, %1674, %1655, %1682, %1650, %1611, %1612, %1613, %1614, %1615, %1616) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %1711 = "stablehlo.reshape"(%1710#6) {mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x64xf32>
      %1712 = "stablehlo.dynamic_slice"(%968, %986, %1007) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %1713 = "stablehlo.add"(%1712, %1711) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
      %1714 = "stablehlo.dynamic_update_slice"(%968, %1713, %986, %1007) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<1x64xf32>, tensor<i32>, tensor<i32>) -> tensor<2x64xf32>
      %1715 = "stablehlo.reshape"(%1710#5) {mhlo.sharding = "{manual}"} : (tensor<64x172xf32>) -> tensor<1x64x172xf32>
      %1716 = "stablehlo.dynamic_slice"(%971, %986, %1016, %1016) {slice_sizes = array<i64: 1, 64, 172>, mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x172xf32>
      %1717 = "stablehlo.add"(%1716, %1715) {mhlo.sharding = "{manual}"} : (tensor<1x64x172xf32>, tensor<1x64x172xf32>) -> tensor<1x64x172xf32>
      %1718 = "stablehlo.dynamic_update_slice"(%971, %1717, %986, %1016, %1016) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<1x64x172xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x172xf32>
      %1719 = "stablehlo.reshape"(%1710#4) {mhlo.sharding = "{manual}"} : (tensor<172x64xf32>) -> tensor<1x172x64xf32>
      %1720 = "stablehlo.dynamic_slice"(%970, %986, %1013, %1013) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %1721 = "stablehlo.add"(%1720, %1719) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>, tensor<1x172x64xf32>) -> tensor<1x172x64xf32>
      %1722 = "stablehlo.dynamic_update_slice"(%970, %1721, %986, %1013, %1013) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<1x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x172x64xf32>
      %1723 = "stablehlo.reshape"(%1710#3) {mhlo.sharding = "{manual}"} : (tensor<172x64xf32>) -> tensor<1x172x64xf32>
      %1724 = "stablehlo.dynamic_slice"(%969, %986, %1010, %1010) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %1725 = "stablehlo.add"(%1724, %1723) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>, tensor<1x172x64xf32>) -> tensor<1x172x64xf32>
      %1726 = "stablehlo.dynamic_update_slice"(%969, %1725, %986, %1010, %1010) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<1x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x172x64xf32>
      %1727 = "stablehlo.dot_general"(%1710#2, %1006) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %1728 = "stablehlo.dot_general"(%1571, %1710#2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<64x64xf32>
      %1729 = "stablehlo.transpose"(%1728) {permutation = array<i64: 1, 0>, mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
      %1730 = "stablehlo.reshape"(%1729) {mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<1x64x64xf32>
      %1731 = "stablehlo.dynamic_slice"(%967, %986, %1004, %1004) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %1732 = "stablehlo.add"(%1731, %1730) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>, tensor<1x64x64xf32>) -> tensor<1x64x64xf32>
      %1733 = "stablehlo.dynamic_update_slice"(%967, %1732, %986, %1004, %1004) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<1x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x64xf32>
      %1734 = "stablehlo.reshape"(%1727) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>) -> tensor<1x8x2x2x16xf32>
      %1735 = "stablehlo.transpose"(%1734) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x2x16xf32>) -> tensor<1x2x2x8x16xf32>
      %1736 = "stablehlo.log"(%1567#8) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x8xf32>
      %1737 = "stablehlo.add"(%1567#7, %1736) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>) -> tensor<1x2x2x8xf32>
      %1738 = "stablehlo.multiply"(%1735, %1569) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>) -> tensor<1x2x2x8x16xf32>
      %1739 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1740 = "stablehlo.reduce"(%1738, %1739) ({
      ^bb0(%1741: tensor<f32>, %1742: tensor<f32>):
        %1743 = "stablehlo.add"(%1741, %1742) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1743) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 4>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<f32>) -> tensor<1x2x2x8xf32>
      %1744 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1745 = "stablehlo.broadcast_in_dim"(%1744) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x2x8x16xf32>
      %1746 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1747 = "stablehlo.broadcast_in_dim"(%1746) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x8x16xf32>
      %1748 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %1749 = "stablehlo.broadcast_in_dim"(%1748) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x8x16xf32>
      %1750 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1751 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1994:13 = "stablehlo.while"(%1751, %1750, %1106, %1107, %1108, %1735, %1737, %1740, %973, %974, %1745, %1747, %1749) ({
      ^bb0(%1752: tensor<i32>, %1753: tensor<i32>, %1754: tensor<1x2x2x8x16xf32>, %1755: tensor<1x2x8x16xf32>, %1756: tensor<1x2x8x16xf32>, %1757: tensor<1x2x2x8x16xf32>, %1758: tensor<1x2x2x8xf32>, %1759: tensor<1x2x2x8xf32>, %1760: tensor<8xi32>, %1761: tensor<i32>, %1762: tensor<1x2x2x8x16xf32>, %1763: tensor<1x2x8x16xf32>, %1764: tensor<1x2x8x16xf32>):
        %1765 = "stablehlo.compare"(%1752, %1753) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%1765) : (tensor<i1>) -> ()
      }, {
      ^bb0(%1766: tensor<i32>, %1767: tensor<i32>, %1768: tensor<1x2x2x8x16xf32>, %1769: tensor<1x2x8x16xf32>, %1770: tensor<1x2x8x16xf32>, %1771: tensor<1x2x2x8x16xf32>, %1772: tensor<1x2x2x8xf32>, %1773: tensor<1x2x2x8xf32>, %1774: tensor<8xi32>, %1775: tensor<i32>, %1776: tensor<1x2x2x8x16xf32>, %1777: tensor<1x2x8x16xf32>, %1778: tensor<1x2x8x16xf32>):
        %1779 = "stablehlo.collective_permute"(%1777) {channel_handle = #stablehlo.channel_handle<handle = 5, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %1780 = "stablehlo.collective_permute"(%1778) {channel_handle = #stablehlo.channel_handle<handle = 6, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %1781 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1782 = "stablehlo.subtract"(%1775, %1766) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1783 = "stablehlo.add"(%1782, %1781) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1784 = "stablehlo.remainder"(%1783, %1781) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1785 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
        %1786 = "stablehlo.broadcast_in_dim"(%1784) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %1787 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1788 = "stablehlo.broadcast_in_dim"(%1787) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %1789 = "stablehlo.multiply"(%1785, %1788) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %1790 = "stablehlo.add"(%1786, %1789) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
        %1791 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1792 = "stablehlo.broadcast_in_dim"(%1791) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x8x16xf32>
        %1793 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %1794 = "stablehlo.broadcast_in_dim"(%1793) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x8x16xf32>
        %1795 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1796 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1987:13 = "stablehlo.while"(%1796, %1795, %1768, %1769, %1770, %1774, %1771, %1772, %1773, %1776, %1792, %1794, %1790) ({
        ^bb0(%1797: tensor<i32>, %1798: tensor<i32>, %1799: tensor<1x2x2x8x16xf32>, %1800: tensor<1x2x8x16xf32>, %1801: tensor<1x2x8x16xf32>, %1802: tensor<8xi32>, %1803: tensor<1x2x2x8x16xf32>, %1804: tensor<1x2x2x8xf32>, %1805: tensor<1x2x2x8xf32>, %1806: tensor<1x2x2x8x16xf32>, %1807: tensor<1x2x8x16xf32>, %1808: tensor<1x2x8x16xf32>, %1809: tensor<8xi32>):
          %1810 = "stablehlo.compare"(%1797, %1798) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%1810) : (tensor<i1>) -> ()
        }, {
        ^bb0(%1811: tensor<i32>, %1812: tensor<i32>, %1813: tensor<1x2x2x8x16xf32>, %1814: tensor<1x2x8x16xf32>, %1815: tensor<1x2x8x16xf32>, %1816: tensor<8xi32>, %1817: tensor<1x2x2x8x16xf32>, %1818: tensor<1x2x2x8xf32>, %1819: tensor<1x2x2x8xf32>, %1820: tensor<1x2x2x8x16xf32>, %1821: tensor<1x2x8x16xf32>, %1822: tensor<1x2x8x16xf32>, %1823: tensor<8xi32>):
          %1824 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1825 = "stablehlo.multiply"(%1811, %1824) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1826 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1827 = "stablehlo.dynamic_slice"(%1813, %1826, %1826, %1826, %1825, %1826) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %1828 = "stablehlo.reshape"(%1827) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %1829 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1830 = "stablehlo.dynamic_slice"(%1817, %1829, %1829, %1829, %1825, %1829) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %1831 = "stablehlo.reshape"(%1830) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %1832 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1833 = "stablehlo.dynamic_slice"(%1818, %1832, %1832, %1832, %1825) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %1834 = "stablehlo.reshape"(%1833) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %1835 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1836 = "stablehlo.dynamic_slice"(%1819, %1835, %1835, %1835, %1825) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
          %1837 = "stablehlo.reshape"(%1836) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
          %1838 = "stablehlo.dynamic_slice"(%1816, %1825) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %1839 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1840 = "stablehlo.dynamic_slice"(%1820, %1839, %1839, %1839, %1825, %1839) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %1841 = "stablehlo.reshape"(%1840) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %1842 = "stablehlo.slice"(%1838) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1843 = "stablehlo.reshape"(%1842) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %1844 = "stablehlo.slice"(%1838) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1845 = "stablehlo.reshape"(%1844) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %1846 = "stablehlo.slice"(%1823) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1847 = "stablehlo.slice"(%1823) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
          %1848 = "stablehlo.broadcast_in_dim"(%1845) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
          %1849 = "stablehlo.compare"(%1846, %1848) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %1850 = "stablehlo.convert"(%1849) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
          %1851 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1852 = "stablehlo.reduce"(%1850, %1851) ({
          ^bb0(%1853: tensor<i32>, %1854: tensor<i32>):
            %1855 = "stablehlo.add"(%1853, %1854) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1855) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %1856 = "stablehlo.broadcast_in_dim"(%1843) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
          %1857 = "stablehlo.compare"(%1847, %1856) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
          %1858 = "stablehlo.convert"(%1857) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
          %1859 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1860 = "stablehlo.reduce"(%1858, %1859) ({
          ^bb0(%1861: tensor<i32>, %1862: tensor<i32>):
            %1863 = "stablehlo.add"(%1861, %1862) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1863) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
          %1864 = "stablehlo.minimum"(%1860, %1852) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %1865 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1918:13 = "stablehlo.while"(%1865, %1864, %1828, %1838, %1814, %1815, %1823, %1831, %1834, %1837, %1841, %1821, %1822) ({
          ^bb0(%1866: tensor<i32>, %1867: tensor<i32>, %1868: tensor<1x2x16x16xf32>, %1869: tensor<8xi32>, %1870: tensor<1x2x8x16xf32>, %1871: tensor<1x2x8x16xf32>, %1872: tensor<8xi32>, %1873: tensor<1x2x16x16xf32>, %1874: tensor<1x2x16xf32>, %1875: tensor<1x2x16xf32>, %1876: tensor<1x2x16x16xf32>, %1877: tensor<1x2x8x16xf32>, %1878: tensor<1x2x8x16xf32>):
            %1879 = "stablehlo.compare"(%1866, %1867) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%1879) : (tensor<i1>) -> ()
          }, {
          ^bb0(%1880: tensor<i32>, %1881: tensor<i32>, %1882: tensor<1x2x16x16xf32>, %1883: tensor<8xi32>, %1884: tensor<1x2x8x16xf32>, %1885: tensor<1x2x8x16xf32>, %1886: tensor<8xi32>, %1887: tensor<1x2x16x16xf32>, %1888: tensor<1x2x16xf32>, %1889: tensor<1x2x16xf32>, %1890: tensor<1x2x16x16xf32>, %1891: tensor<1x2x8x16xf32>, %1892: tensor<1x2x8x16xf32>):
            %1893 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1894 = "stablehlo.multiply"(%1880, %1893) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1895 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1896 = "stablehlo.dynamic_slice"(%1884, %1895, %1895, %1894, %1895) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1897 = "stablehlo.dynamic_slice"(%1885, %1895, %1895, %1894, %1895) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1898 = "stablehlo.dot_general"(%1882, %1896) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %1899 = "stablehlo.broadcast_in_dim"(%1888) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %1900 = "stablehlo.subtract"(%1898, %1899) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1901 = "stablehlo.exponential"(%1900) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1902 = "stablehlo.dot_general"(%1901, %1887) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x8x16xf32>
            %1903 = "stablehlo.dot_general"(%1887, %1897) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %1904 = "stablehlo.broadcast_in_dim"(%1889) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %1905 = "stablehlo.subtract"(%1903, %1904) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1906 = "stablehlo.multiply"(%1901, %1905) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1907 = "stablehlo.dot_general"(%1906, %1896) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %1908 = "stablehlo.add"(%1890, %1907) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1909 = "stablehlo.dot_general"(%1906, %1882) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x8x16xf32>
            %1910 = "stablehlo.dynamic_slice"(%1891, %1895, %1895, %1894, %1895) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1911 = "stablehlo.add"(%1910, %1909) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
            %1912 = "stablehlo.dynamic_update_slice"(%1891, %1911, %1895, %1895, %1894, %1895) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1913 = "stablehlo.dynamic_slice"(%1892, %1895, %1895, %1894, %1895) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1914 = "stablehlo.add"(%1913, %1902) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
            %1915 = "stablehlo.dynamic_update_slice"(%1892, %1914, %1895, %1895, %1894, %1895) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1916 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1917 = "stablehlo.add"(%1880, %1916) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1917, %1881, %1882, %1883, %1884, %1885, %1886, %1887, %1888, %1889, %1908, %1912, %1915) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)
          %1981:13 = "stablehlo.while"(%1864, %1852, %1918#2, %1918#3, %1918#4, %1918#5, %1918#6, %1918#7, %1918#8, %1918#9, %1918#10, %1918#11, %1918#12) ({
          ^bb0(%1919: tensor<i32>, %1920: tensor<i32>, %1921: tensor<1x2x16x16xf32>, %1922: tensor<8xi32>, %1923: tensor<1x2x8x16xf32>, %1924: tensor<1x2x8x16xf32>, %1925: tensor<8xi32>, %1926: tensor<1x2x16x16xf32>, %1927: tensor<1x2x16xf32>, %1928: tensor<1x2x16xf32>, %1929: tensor<1x2x16x16xf32>, %1930: tensor<1x2x8x16xf32>, %1931: tensor<1x2x8x16xf32>):
            %1932 = "stablehlo.compare"(%1919, %1920) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%1932) : (tensor<i1>) -> ()
          }, {
          ^bb0(%1933: tensor<i32>, %1934: tensor<i32>, %1935: tensor<1x2x16x16xf32>, %1936: tensor<8xi32>, %1937: tensor<1x2x8x16xf32>, %1938: tensor<1x2x8x16xf32>, %1939: tensor<8xi32>, %1940: tensor<1x2x16x16xf32>, %1941: tensor<1x2x16xf32>, %1942: tensor<1x2x16xf32>, %1943: tensor<1x2x16x16xf32>, %1944: tensor<1x2x8x16xf32>, %1945: tensor<1x2x8x16xf32>):
            %1946 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1947 = "stablehlo.multiply"(%1933, %1946) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %1948 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1949 = "stablehlo.dynamic_slice"(%1937, %1948, %1948, %1947, %1948) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1950 = "stablehlo.dynamic_slice"(%1938, %1948, %1948, %1947, %1948) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1951 = "stablehlo.dot_general"(%1935, %1949) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %1952 = "stablehlo.dynamic_slice"(%1939, %1947) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
            %1953 = "stablehlo.broadcast_in_dim"(%1936) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %1954 = "stablehlo.reshape"(%1953) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %1955 = "stablehlo.broadcast_in_dim"(%1952) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
            %1956 = "stablehlo.reshape"(%1955) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
            %1957 = "stablehlo.compare"(%1956, %1954) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
            %1958 = "stablehlo.broadcast_in_dim"(%1957) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
            %1959 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %1960 = "stablehlo.broadcast_in_dim"(%1959) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
            %1961 = "stablehlo.select"(%1958, %1951, %1960) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1962 = "stablehlo.broadcast_in_dim"(%1941) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %1963 = "stablehlo.subtract"(%1961, %1962) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1964 = "stablehlo.exponential"(%1963) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1965 = "stablehlo.dot_general"(%1964, %1940) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x8x16xf32>
            %1966 = "stablehlo.dot_general"(%1940, %1950) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
            %1967 = "stablehlo.broadcast_in_dim"(%1942) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
            %1968 = "stablehlo.subtract"(%1966, %1967) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1969 = "stablehlo.multiply"(%1964, %1968) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
            %1970 = "stablehlo.dot_general"(%1969, %1949) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
            %1971 = "stablehlo.add"(%1943, %1970) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
            %1972 = "stablehlo.dot_general"(%1969, %1935) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x8x16xf32>
            %1973 = "stablehlo.dynamic_slice"(%1944, %1948, %1948, %1947, %1948) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1974 = "stablehlo.add"(%1973, %1972) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
            %1975 = "stablehlo.dynamic_update_slice"(%1944, %1974, %1948, %1948, %1947, %1948) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1976 = "stablehlo.dynamic_slice"(%1945, %1948, %1948, %1947, %1948) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1977 = "stablehlo.add"(%1976, %1965) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
            %1978 = "stablehlo.dynamic_update_slice"(%1945, %1977, %1948, %1948, %1947, %1948) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
            %1979 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %1980 = "stablehlo.add"(%1933, %1979) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1980, %1934, %1935, %1936, %1937, %1938, %1939, %1940, %1941, %1942, %1971, %1975, %1978) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)
          %1982 = "stablehlo.reshape"(%1981#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
          %1983 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1984 = "stablehlo.dynamic_update_slice"(%1820, %1982, %1983, %1983, %1983, %1825, %1983) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
          %1985 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %1986 = "stablehlo.add"(%1811, %1985) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1986, %1812, %1813, %1814, %1815, %1816, %1817, %1818, %1819, %1984, %1981#11, %1981#12, %1823) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x2x8x16xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x2x8x16xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x2x8x16xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>)
        %1988 = "stablehlo.collective_permute"(%1769) {channel_handle = #stablehlo.channel_handle<handle = 7, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %1989 = "stablehlo.collective_permute"(%1770) {channel_handle = #stablehlo.channel_handle<handle = 8, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %1990 = "stablehlo.add"(%1779, %1987#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %1991 = "stablehlo.add"(%1780, %1987#11) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
        %1992 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %1993 = "stablehlo.add"(%1766, %1992) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%1993, %1767, %1768, %1988, %1989, %1771, %1772, %1773, %1774, %1775, %1987#9, %1990, %1991) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<8xi32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)
      %1995 = "stablehlo.collective_permute"(%1994#11) {channel_handle = #stablehlo.channel_handle<handle = 9, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
      %1996 = "stablehlo.collective_permute"(%1994#12) {channel_handle = #stablehlo.channel_handle<handle = 10, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
      %1997 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1998 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %1999 = "stablehlo.subtract"(%1994#9, %1997) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2000 = "stablehlo.add"(%1999, %1998) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2001 = "stablehlo.remainder"(%2000, %1998) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2002 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8xi32>
      %2003 = "stablehlo.broadcast_in_dim"(%2001) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
      %2004 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2005 = "stablehlo.broadcast_in_dim"(%2004) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
      %2006 = "stablehlo.multiply"(%2002, %2005) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2007 = "stablehlo.add"(%2003, %2006) {mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2008 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %2009 = "stablehlo.broadcast_in_dim"(%2008) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x8x16xf32>
      %2010 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %2011 = "stablehlo.broadcast_in_dim"(%2010) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x8x16xf32>
      %2012 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2013 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2204:13 = "stablehlo.while"(%2013, %2012, %1994#2, %1994#3, %1994#4, %1994#8, %1994#5, %1994#6, %1994#7, %1994#10, %2009, %2011, %2007) ({
      ^bb0(%2014: tensor<i32>, %2015: tensor<i32>, %2016: tensor<1x2x2x8x16xf32>, %2017: tensor<1x2x8x16xf32>, %2018: tensor<1x2x8x16xf32>, %2019: tensor<8xi32>, %2020: tensor<1x2x2x8x16xf32>, %2021: tensor<1x2x2x8xf32>, %2022: tensor<1x2x2x8xf32>, %2023: tensor<1x2x2x8x16xf32>, %2024: tensor<1x2x8x16xf32>, %2025: tensor<1x2x8x16xf32>, %2026: tensor<8xi32>):
        %2027 = "stablehlo.compare"(%2014, %2015) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%2027) : (tensor<i1>) -> ()
      }, {
      ^bb0(%2028: tensor<i32>, %2029: tensor<i32>, %2030: tensor<1x2x2x8x16xf32>, %2031: tensor<1x2x8x16xf32>, %2032: tensor<1x2x8x16xf32>, %2033: tensor<8xi32>, %2034: tensor<1x2x2x8x16xf32>, %2035: tensor<1x2x2x8xf32>, %2036: tensor<1x2x2x8xf32>, %2037: tensor<1x2x2x8x16xf32>, %2038: tensor<1x2x8x16xf32>, %2039: tensor<1x2x8x16xf32>, %2040: tensor<8xi32>):
        %2041 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2042 = "stablehlo.multiply"(%2028, %2041) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %2043 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2044 = "stablehlo.dynamic_slice"(%2030, %2043, %2043, %2043, %2042, %2043) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %2045 = "stablehlo.reshape"(%2044) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %2046 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2047 = "stablehlo.dynamic_slice"(%2034, %2046, %2046, %2046, %2042, %2046) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %2048 = "stablehlo.reshape"(%2047) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %2049 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2050 = "stablehlo.dynamic_slice"(%2035, %2049, %2049, %2049, %2042) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %2051 = "stablehlo.reshape"(%2050) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %2052 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2053 = "stablehlo.dynamic_slice"(%2036, %2052, %2052, %2052, %2042) {slice_sizes = array<i64: 1, 2, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %2054 = "stablehlo.reshape"(%2053) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %2055 = "stablehlo.dynamic_slice"(%2033, %2042) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
        %2056 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2057 = "stablehlo.dynamic_slice"(%2037, %2056, %2056, %2056, %2042, %2056) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %2058 = "stablehlo.reshape"(%2057) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %2059 = "stablehlo.slice"(%2055) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %2060 = "stablehlo.reshape"(%2059) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %2061 = "stablehlo.slice"(%2055) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %2062 = "stablehlo.reshape"(%2061) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %2063 = "stablehlo.slice"(%2040) {limit_indices = array<i64: 8>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %2064 = "stablehlo.slice"(%2040) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<1xi32>
        %2065 = "stablehlo.broadcast_in_dim"(%2062) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
        %2066 = "stablehlo.compare"(%2063, %2065) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %2067 = "stablehlo.convert"(%2066) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
        %2068 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2069 = "stablehlo.reduce"(%2067, %2068) ({
        ^bb0(%2070: tensor<i32>, %2071: tensor<i32>):
          %2072 = "stablehlo.add"(%2070, %2071) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%2072) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %2073 = "stablehlo.broadcast_in_dim"(%2060) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<1xi32>
        %2074 = "stablehlo.compare"(%2064, %2073) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %2075 = "stablehlo.convert"(%2074) {mhlo.sharding = "{manual}"} : (tensor<1xi1>) -> tensor<1xi32>
        %2076 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2077 = "stablehlo.reduce"(%2075, %2076) ({
        ^bb0(%2078: tensor<i32>, %2079: tensor<i32>):
          %2080 = "stablehlo.add"(%2078, %2079) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%2080) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %2081 = "stablehlo.minimum"(%2077, %2069) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %2082 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2135:13 = "stablehlo.while"(%2082, %2081, %2045, %2055, %2031, %2032, %2040, %2048, %2051, %2054, %2058, %2038, %2039) ({
        ^bb0(%2083: tensor<i32>, %2084: tensor<i32>, %2085: tensor<1x2x16x16xf32>, %2086: tensor<8xi32>, %2087: tensor<1x2x8x16xf32>, %2088: tensor<1x2x8x16xf32>, %2089: tensor<8xi32>, %2090: tensor<1x2x16x16xf32>, %2091: tensor<1x2x16xf32>, %2092: tensor<1x2x16xf32>, %2093: tensor<1x2x16x16xf32>, %2094: tensor<1x2x8x16xf32>, %2095: tensor<1x2x8x16xf32>):
          %2096 = "stablehlo.compare"(%2083, %2084) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%2096) : (tensor<i1>) -> ()
        }, {
        ^bb0(%2097: tensor<i32>, %2098: tensor<i32>, %2099: tensor<1x2x16x16xf32>, %2100: tensor<8xi32>, %2101: tensor<1x2x8x16xf32>, %2102: tensor<1x2x8x16xf32>, %2103: tensor<8xi32>, %2104: tensor<1x2x16x16xf32>, %2105: tensor<1x2x16xf32>, %2106: tensor<1x2x16xf32>, %2107: tensor<1x2x16x16xf32>, %2108: tensor<1x2x8x16xf32>, %2109: tensor<1x2x8x16xf32>):
          %2110 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %2111 = "stablehlo.multiply"(%2097, %2110) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %2112 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %2113 = "stablehlo.dynamic_slice"(%2101, %2112, %2112, %2111, %2112) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2114 = "stablehlo.dynamic_slice"(%2102, %2112, %2112, %2111, %2112) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2115 = "stablehlo.dot_general"(%2099, %2113) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %2116 = "stablehlo.broadcast_in_dim"(%2105) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %2117 = "stablehlo.subtract"(%2115, %2116) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %2118 = "stablehlo.exponential"(%2117) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %2119 = "stablehlo.dot_general"(%2118, %2104) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x8x16xf32>
          %2120 = "stablehlo.dot_general"(%2104, %2114) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %2121 = "stablehlo.broadcast_in_dim"(%2106) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %2122 = "stablehlo.subtract"(%2120, %2121) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %2123 = "stablehlo.multiply"(%2118, %2122) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %2124 = "stablehlo.dot_general"(%2123, %2113) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %2125 = "stablehlo.add"(%2107, %2124) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %2126 = "stablehlo.dot_general"(%2123, %2099) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x8x16xf32>
          %2127 = "stablehlo.dynamic_slice"(%2108, %2112, %2112, %2111, %2112) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2128 = "stablehlo.add"(%2127, %2126) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
          %2129 = "stablehlo.dynamic_update_slice"(%2108, %2128, %2112, %2112, %2111, %2112) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2130 = "stablehlo.dynamic_slice"(%2109, %2112, %2112, %2111, %2112) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2131 = "stablehlo.add"(%2130, %2119) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
          %2132 = "stablehlo.dynamic_update_slice"(%2109, %2131, %2112, %2112, %2111, %2112) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2133 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %2134 = "stablehlo.add"(%2097, %2133) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%2134, %2098, %2099, %2100, %2101, %2102, %2103, %2104, %2105, %2106, %2125, %2129, %2132) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)
        %2198:13 = "stablehlo.while"(%2081, %2069, %2135#2, %2135#3, %2135#4, %2135#5, %2135#6, %2135#7, %2135#8, %2135#9, %2135#10, %2135#11, %2135#12) ({
        ^bb0(%2136: tensor<i32>, %2137: tensor<i32>, %2138: tensor<1x2x16x16xf32>, %2139: tensor<8xi32>, %2140: tensor<1x2x8x16xf32>, %2141: tensor<1x2x8x16xf32>, %2142: tensor<8xi32>, %2143: tensor<1x2x16x16xf32>, %2144: tensor<1x2x16xf32>, %2145: tensor<1x2x16xf32>, %2146: tensor<1x2x16x16xf32>, %2147: tensor<1x2x8x16xf32>, %2148: tensor<1x2x8x16xf32>):
          %2149 = "stablehlo.compare"(%2136, %2137) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%2149) : (tensor<i1>) -> ()
        }, {
        ^bb0(%2150: tensor<i32>, %2151: tensor<i32>, %2152: tensor<1x2x16x16xf32>, %2153: tensor<8xi32>, %2154: tensor<1x2x8x16xf32>, %2155: tensor<1x2x8x16xf32>, %2156: tensor<8xi32>, %2157: tensor<1x2x16x16xf32>, %2158: tensor<1x2x16xf32>, %2159: tensor<1x2x16xf32>, %2160: tensor<1x2x16x16xf32>, %2161: tensor<1x2x8x16xf32>, %2162: tensor<1x2x8x16xf32>):
          %2163 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %2164 = "stablehlo.multiply"(%2150, %2163) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %2165 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %2166 = "stablehlo.dynamic_slice"(%2154, %2165, %2165, %2164, %2165) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2167 = "stablehlo.dynamic_slice"(%2155, %2165, %2165, %2164, %2165) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2168 = "stablehlo.dot_general"(%2152, %2166) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %2169 = "stablehlo.dynamic_slice"(%2156, %2164) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
          %2170 = "stablehlo.broadcast_in_dim"(%2153) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %2171 = "stablehlo.reshape"(%2170) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %2172 = "stablehlo.broadcast_in_dim"(%2169) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %2173 = "stablehlo.reshape"(%2172) {mhlo.sharding = "{manual}"} : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %2174 = "stablehlo.compare"(%2173, %2171) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %2175 = "stablehlo.broadcast_in_dim"(%2174) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %2176 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %2177 = "stablehlo.broadcast_in_dim"(%2176) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %2178 = "stablehlo.select"(%2175, %2168, %2177) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %2179 = "stablehlo.broadcast_in_dim"(%2158) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %2180 = "stablehlo.subtract"(%2178, %2179) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %2181 = "stablehlo.exponential"(%2180) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %2182 = "stablehlo.dot_general"(%2181, %2157) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x8x16xf32>
          %2183 = "stablehlo.dot_general"(%2157, %2167) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %2184 = "stablehlo.broadcast_in_dim"(%2159) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %2185 = "stablehlo.subtract"(%2183, %2184) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %2186 = "stablehlo.multiply"(%2181, %2185) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %2187 = "stablehlo.dot_general"(%2186, %2166) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %2188 = "stablehlo.add"(%2160, %2187) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %2189 = "stablehlo.dot_general"(%2186, %2152) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x2x16x8xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x8x16xf32>
          %2190 = "stablehlo.dynamic_slice"(%2161, %2165, %2165, %2164, %2165) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2191 = "stablehlo.add"(%2190, %2189) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
          %2192 = "stablehlo.dynamic_update_slice"(%2161, %2191, %2165, %2165, %2164, %2165) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2193 = "stablehlo.dynamic_slice"(%2162, %2165, %2165, %2164, %2165) {slice_sizes = array<i64: 1, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2194 = "stablehlo.add"(%2193, %2182) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
          %2195 = "stablehlo.dynamic_update_slice"(%2162, %2194, %2165, %2165, %2164, %2165) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %2196 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %2197 = "stablehlo.add"(%2150, %2196) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%2197, %2151, %2152, %2153, %2154, %2155, %2156, %2157, %2158, %2159, %2188, %2192, %2195) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)
        %2199 = "stablehlo.reshape"(%2198#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
        %2200 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2201 = "stablehlo.dynamic_update_slice"(%2037, %2199, %2200, %2200, %2200, %2042, %2200) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %2202 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2203 = "stablehlo.add"(%2028, %2202) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%2203, %2029, %2030, %2031, %2032, %2033, %2034, %2035, %2036, %2201, %2198#11, %2198#12, %2040) : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x2x8x16xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x2x8x16xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>, tensor<1x2x2x8x16xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8xf32>, tensor<1x2x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<8xi32>)
      %2205 = "stablehlo.add"(%1995, %2204#10) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
      %2206 = "stablehlo.collective_permute"(%2205) {channel_handle = #stablehlo.channel_handle<handle = 11, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
      %2207 = "stablehlo.add"(%1996, %2204#11) {mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
      %2208 = "stablehlo.collective_permute"(%2207) {channel_handle = #stablehlo.channel_handle<handle = 12, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
      %2209 = "stablehlo.transpose"(%2208) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x8x2x16xf32>
      %2210 = "stablehlo.reshape"(%2209) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x32xf32>
      %2211 = "stablehlo.dot_general"(%2210, %1003) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x32xf32>, tensor<32x64xf32>) -> tensor<1x8x64xf32>
      %2212 = "stablehlo.dot_general"(%1061#4, %2210) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x32xf32>) -> tensor<64x32xf32>
      %2213 = "stablehlo.transpose"(%2212) {permutation = array<i64: 1, 0>, mhlo.sharding = "{manual}"} : (tensor<64x32xf32>) -> tensor<32x64xf32>
      %2214 = "stablehlo.reshape"(%2213) {mhlo.sharding = "{manual}"} : (tensor<32x64xf32>) -> tensor<1x32x64xf32>
      %2215 = "stablehlo.dynamic_slice"(%966, %986, %1001, %1001) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %2216 = "stablehlo.add"(%2215, %2214) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<1x32x64xf32>
      %2217 = "stablehlo.dynamic_update_slice"(%966, %2216, %986, %1001, %1001) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<1x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x64xf32>
      %2218 = "stablehlo.transpose"(%2206) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x2x8x16xf32>) -> tensor<1x8x2x16xf32>
      %2219 = "stablehlo.multiply"(%2218, %1094) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %2220 = "stablehlo.slice"(%2219) {limit_indices = array<i64: 1, 8, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %2221 = "stablehlo.slice"(%2219) {limit_indices = array<i64: 1, 8, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x2x8xf32>
      %2222 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2223 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2224 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2225 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2226 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %2227 = "stablehlo.broadcast_in_dim"(%2226) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x2x16xf32>
      %2228 = "stablehlo.dynamic_update_slice"(%2227, %2221, %2222, %2223, %2224, %2225) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x2x16xf32>
      %2229 = "stablehlo.negate"(%2220) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x8xf32>) -> tensor<1x8x2x8xf32>
      %2230 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2231 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2232 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2233 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2234 = "stablehlo.dynamic_slice"(%2228, %2230, %2231, %2232, %2233) {slice_sizes = array<i64: 1, 8, 2, 8>, mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x2x8xf32>
      %2235 = "stablehlo.add"(%2234, %2229) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x8xf32>, tensor<1x8x2x8xf32>) -> tensor<1x8x2x8xf32>
      %2236 = "stablehlo.dynamic_update_slice"(%2228, %2235, %2230, %2231, %2232, %2233) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x2x16xf32>
      %2237 = "stablehlo.multiply"(%2218, %1092) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %2238 = "stablehlo.add"(%2236, %2237) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>, tensor<1x8x2x16xf32>) -> tensor<1x8x2x16xf32>
      %2239 = "stablehlo.reshape"(%2238) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x16xf32>) -> tensor<1x8x32xf32>
      %2240 = "stablehlo.dot_general"(%2239, %1000) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x32xf32>, tensor<32x64xf32>) -> tensor<1x8x64xf32>
      %2241 = "stablehlo.dot_general"(%1061#4, %2239) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x32xf32>) -> tensor<64x32xf32>
      %2242 = "stablehlo.transpose"(%2241) {permutation = array<i64: 1, 0>, mhlo.sharding = "{manual}"} : (tensor<64x32xf32>) -> tensor<32x64xf32>
      %2243 = "stablehlo.add"(%2211, %2240) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %2244 = "stablehlo.reshape"(%2242) {mhlo.sharding = "{manual}"} : (tensor<32x64xf32>) -> tensor<1x32x64xf32>
      %2245 = "stablehlo.dynamic_slice"(%965, %986, %998, %998) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %2246 = "stablehlo.add"(%2245, %2244) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<1x32x64xf32>
      %2247 = "stablehlo.dynamic_update_slice"(%965, %2246, %986, %998, %998) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<1x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x64xf32>
      %2248 = "stablehlo.transpose"(%2204#9) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<1x8x2x2x16xf32>
      %2249 = "stablehlo.reshape"(%2248) {mhlo.sharding = "{manual}"} : (tensor<1x8x2x2x16xf32>) -> tensor<1x8x4x16xf32>
      %2250 = "stablehlo.multiply"(%2249, %1103) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %2251 = "stablehlo.multiply"(%2250, %1077) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %2252 = "stablehlo.slice"(%2251) {limit_indices = array<i64: 1, 8, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %2253 = "stablehlo.slice"(%2251) {limit_indices = array<i64: 1, 8, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x4x8xf32>
      %2254 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2255 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2256 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2257 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2258 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %2259 = "stablehlo.broadcast_in_dim"(%2258) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x4x16xf32>
      %2260 = "stablehlo.dynamic_update_slice"(%2259, %2253, %2254, %2255, %2256, %2257) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x4x16xf32>
      %2261 = "stablehlo.negate"(%2252) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x8xf32>) -> tensor<1x8x4x8xf32>
      %2262 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2263 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2264 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2265 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2266 = "stablehlo.dynamic_slice"(%2260, %2262, %2263, %2264, %2265) {slice_sizes = array<i64: 1, 8, 4, 8>, mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x4x8xf32>
      %2267 = "stablehlo.add"(%2266, %2261) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x8xf32>, tensor<1x8x4x8xf32>) -> tensor<1x8x4x8xf32>
      %2268 = "stablehlo.dynamic_update_slice"(%2260, %2267, %2262, %2263, %2264, %2265) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x4x16xf32>
      %2269 = "stablehlo.multiply"(%2250, %1075) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %2270 = "stablehlo.add"(%2268, %2269) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>, tensor<1x8x4x16xf32>) -> tensor<1x8x4x16xf32>
      %2271 = "stablehlo.reshape"(%2270) {mhlo.sharding = "{manual}"} : (tensor<1x8x4x16xf32>) -> tensor<1x8x64xf32>
      %2272 = "stablehlo.dot_general"(%2271, %997) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<64x64xf32>) -> tensor<1x8x64xf32>
      %2273 = "stablehlo.dot_general"(%1061#4, %2271) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<64x64xf32>
      %2274 = "stablehlo.transpose"(%2273) {permutation = array<i64: 1, 0>, mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
      %2275 = "stablehlo.add"(%2243, %2272) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %2276 = "stablehlo.reshape"(%2274) {mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<1x64x64xf32>
      %2277 = "stablehlo.dynamic_slice"(%964, %986, %995, %995) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %2278 = "stablehlo.add"(%2277, %2276) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>, tensor<1x64x64xf32>) -> tensor<1x64x64xf32>
      %2279 = "stablehlo.dynamic_update_slice"(%964, %2278, %986, %995, %995) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<1x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x64xf32>
      %2280 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %2281 = "stablehlo.broadcast_in_dim"(%2280) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
      %2282 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %2283 = "stablehlo.broadcast_in_dim"(%2282) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
      %2284 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2285 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2366:8 = "stablehlo.while"(%2285, %2284, %2281, %2283, %2275, %991, %994, %1020) ({
      ^bb0(%2286: tensor<i32>, %2287: tensor<i32>, %2288: tensor<1x8x64xf32>, %2289: tensor<64xf32>, %2290: tensor<1x8x64xf32>, %2291: tensor<1x8x64xf32>, %2292: tensor<64xf32>, %2293: tensor<1x8x64xf32>):
        %2294 = "stablehlo.compare"(%2286, %2287) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%2294) : (tensor<i1>) -> ()
      }, {
      ^bb0(%2295: tensor<i32>, %2296: tensor<i32>, %2297: tensor<1x8x64xf32>, %2298: tensor<64xf32>, %2299: tensor<1x8x64xf32>, %2300: tensor<1x8x64xf32>, %2301: tensor<64xf32>, %2302: tensor<1x8x64xf32>):
        %2303 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2304 = "stablehlo.subtract"(%2303, %2295) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %2305 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2306 = "stablehlo.multiply"(%2304, %2305) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %2307 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2308 = "stablehlo.dynamic_slice"(%2300, %2307, %2306, %2307) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %2309 = "stablehlo.multiply"(%2308, %2308) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2310 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %2311 = "stablehlo.reduce"(%2309, %2310) ({
        ^bb0(%2312: tensor<f32>, %2313: tensor<f32>):
          %2314 = "stablehlo.add"(%2312, %2313) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2314) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %2315 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %2316 = "stablehlo.broadcast_in_dim"(%2315) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8xf32>
        %2317 = "stablehlo.divide"(%2311, %2316) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %2318 = "stablehlo.reshape"(%2317) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %2319 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %2320 = "stablehlo.broadcast_in_dim"(%2319) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %2321 = "stablehlo.add"(%2318, %2320) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %2322 = "stablehlo.rsqrt"(%2321) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %2323 = "stablehlo.reshape"(%2322) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %2324 = "stablehlo.broadcast_in_dim"(%2323) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %2325 = "stablehlo.multiply"(%2308, %2324) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2326 = "stablehlo.broadcast_in_dim"(%2301) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x8x64xf32>
        %2327 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2328 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %2329 = "stablehlo.broadcast_in_dim"(%2328) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x64xf32>
        %2330 = "stablehlo.dynamic_update_slice"(%2299, %2329, %2327, %2306, %2327) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %2331 = "stablehlo.dynamic_slice"(%2299, %2327, %2306, %2327) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %2332 = "stablehlo.multiply"(%2331, %2326) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2333 = "stablehlo.multiply"(%2331, %2325) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2334 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %2335 = "stablehlo.reduce"(%2333, %2334) ({
        ^bb0(%2336: tensor<f32>, %2337: tensor<f32>):
          %2338 = "stablehlo.add"(%2336, %2337) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2338) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<64xf32>
        %2339 = "stablehlo.add"(%2298, %2335) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
        %2340 = "stablehlo.multiply"(%2332, %2324) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2341 = "stablehlo.multiply"(%2332, %2308) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2342 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %2343 = "stablehlo.reduce"(%2341, %2342) ({
        ^bb0(%2344: tensor<f32>, %2345: tensor<f32>):
          %2346 = "stablehlo.add"(%2344, %2345) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2346) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
        %2347 = "stablehlo.reshape"(%2343) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x1xf32>
        %2348 = "stablehlo.constant"() {value = dense<-0.5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %2349 = "stablehlo.broadcast_in_dim"(%2348) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8x1xf32>
        %2350 = "stablehlo.multiply"(%2322, %2322) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %2351 = "stablehlo.multiply"(%2322, %2350) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %2352 = "stablehlo.multiply"(%2349, %2351) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %2353 = "stablehlo.multiply"(%2347, %2352) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>, tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
        %2354 = "stablehlo.reshape"(%2353) {mhlo.sharding = "{manual}"} : (tensor<1x8x1xf32>) -> tensor<1x8xf32>
        %2355 = "stablehlo.divide"(%2354, %2316) {mhlo.sharding = "{manual}"} : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
        %2356 = "stablehlo.broadcast_in_dim"(%2355) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8xf32>) -> tensor<1x8x64xf32>
        %2357 = "stablehlo.multiply"(%2356, %2308) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2358 = "stablehlo.multiply"(%2356, %2308) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2359 = "stablehlo.add"(%2340, %2357) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2360 = "stablehlo.add"(%2359, %2358) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2361 = "stablehlo.dynamic_slice"(%2297, %2307, %2306, %2307) {slice_sizes = array<i64: 1, 8, 64>, mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %2362 = "stablehlo.add"(%2361, %2360) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
        %2363 = "stablehlo.dynamic_update_slice"(%2297, %2362, %2307, %2306, %2307) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
        %2364 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %2365 = "stablehlo.add"(%2295, %2364) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%2365, %2296, %2363, %2339, %2330, %2300, %2301, %2302) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>, tensor<1x8x64xf32>, tensor<64xf32>, tensor<1x8x64xf32>)
      %2367 = "stablehlo.add"(%1710#2, %2366#2) {mhlo.sharding = "{manual}"} : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
      %2368 = "stablehlo.reshape"(%2366#3) {mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<1x64xf32>
      %2369 = "stablehlo.dynamic_slice"(%963, %986, %992) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %2370 = "stablehlo.add"(%2369, %2368) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
      %2371 = "stablehlo.dynamic_update_slice"(%963, %2370, %986, %992) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<1x64xf32>, tensor<i32>, tensor<i32>) -> tensor<2x64xf32>
      %2372 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %2373 = "stablehlo.add"(%960, %2372) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%2373, %961, %2367, %2371, %2279, %2247, %2217, %1733, %1714, %1726, %1722, %1718, %972, %973, %974, %975, %976, %977, %978, %979, %980, %981, %982, %983, %984) : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<2x1x8x64xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<2x1x8x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8x64xf32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<1x8x64xf32>, tensor<8xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<2x1x8x64xf32>)
    %2375 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2376 = "stablehlo.broadcast_in_dim"(%2375) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2377 = "stablehlo.scatter"(%2376, %arg0, %2374#2) ({
    ^bb0(%2378: tensor<f32>, %2379: tensor<f32>):
      %2380 = "stablehlo.add"(%2378, %2379) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2380) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<1x8xi32>, tensor<1x8x64xf32>) -> tensor<256x64xf32>
    %2381 = "stablehlo.all_reduce"(%884) ({
    ^bb0(%2382: tensor<f32>, %2383: tensor<f32>):
      %2384 = "stablehlo.add"(%2382, %2383) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2384) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 13, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2385 = "stablehlo.all_reduce"(%2377) ({
    ^bb0(%2386: tensor<f32>, %2387: tensor<f32>):
      %2388 = "stablehlo.add"(%2386, %2387) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2388) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 14, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>) -> tensor<256x64xf32>
    %2389 = "stablehlo.all_reduce"(%2374#3) ({
    ^bb0(%2390: tensor<f32>, %2391: tensor<f32>):
      %2392 = "stablehlo.add"(%2390, %2391) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2392) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 15, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>) -> tensor<2x64xf32>
    %2393 = "stablehlo.all_reduce"(%2374#4) ({
    ^bb0(%2394: tensor<f32>, %2395: tensor<f32>):
      %2396 = "stablehlo.add"(%2394, %2395) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2396) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 16, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2397 = "stablehlo.all_reduce"(%2374#5) ({
    ^bb0(%2398: tensor<f32>, %2399: tensor<f32>):
      %2400 = "stablehlo.add"(%2398, %2399) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2400) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 17, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2401 = "stablehlo.all_reduce"(%2374#6) ({
    ^bb0(%2402: tensor<f32>, %2403: tensor<f32>):
      %2404 = "stablehlo.add"(%2402, %2403) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2404) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 18, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2405 = "stablehlo.all_reduce"(%2374#7) ({
    ^bb0(%2406: tensor<f32>, %2407: tensor<f32>):
      %2408 = "stablehlo.add"(%2406, %2407) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2408) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 19, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2409 = "stablehlo.all_reduce"(%2374#8) ({
    ^bb0(%2410: tensor<f32>, %2411: tensor<f32>):
      %2412 = "stablehlo.add"(%2410, %2411) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2412) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 20, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>) -> tensor<2x64xf32>
    %2413 = "stablehlo.all_reduce"(%2374#9) ({
    ^bb0(%2414: tensor<f32>, %2415: tensor<f32>):
      %2416 = "stablehlo.add"(%2414, %2415) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2416) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 21, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2417 = "stablehlo.all_reduce"(%2374#10) ({
    ^bb0(%2418: tensor<f32>, %2419: tensor<f32>):
      %2420 = "stablehlo.add"(%2418, %2419) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2420) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 22, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2421 = "stablehlo.all_reduce"(%2374#11) ({
    ^bb0(%2422: tensor<f32>, %2423: tensor<f32>):
      %2424 = "stablehlo.add"(%2422, %2423) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2424) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 23, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2425 = "stablehlo.all_reduce"(%889) ({
    ^bb0(%2426: tensor<f32>, %2427: tensor<f32>):
      %2428 = "stablehlo.add"(%2426, %2427) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2428) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 24, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<64xf32>
    %2429 = "stablehlo.all_reduce"(%882#7) ({
    ^bb0(%2430: tensor<f32>, %2431: tensor<f32>):
      %2432 = "stablehlo.add"(%2430, %2431) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2432) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 25, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>) -> tensor<256x64xf32>
    %2433 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2434 = "stablehlo.multiply"(%2385, %2385) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2435 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2436 = "stablehlo.reduce"(%2434, %2435) ({
    ^bb0(%2437: tensor<f32>, %2438: tensor<f32>):
      %2439 = "stablehlo.add"(%2437, %2438) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2439) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<f32>) -> tensor<f32>
    %2440 = "stablehlo.add"(%2433, %2436) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2441 = "stablehlo.multiply"(%2389, %2389) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2442 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2443 = "stablehlo.reduce"(%2441, %2442) ({
    ^bb0(%2444: tensor<f32>, %2445: tensor<f32>):
      %2446 = "stablehlo.add"(%2444, %2445) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2446) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<f32>) -> tensor<f32>
    %2447 = "stablehlo.add"(%2440, %2443) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2448 = "stablehlo.multiply"(%2393, %2393) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2449 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2450 = "stablehlo.reduce"(%2448, %2449) ({
    ^bb0(%2451: tensor<f32>, %2452: tensor<f32>):
      %2453 = "stablehlo.add"(%2451, %2452) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2453) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<f32>) -> tensor<f32>
    %2454 = "stablehlo.add"(%2447, %2450) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2455 = "stablehlo.multiply"(%2397, %2397) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2456 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2457 = "stablehlo.reduce"(%2455, %2456) ({
    ^bb0(%2458: tensor<f32>, %2459: tensor<f32>):
      %2460 = "stablehlo.add"(%2458, %2459) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2460) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<f32>) -> tensor<f32>
    %2461 = "stablehlo.add"(%2454, %2457) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2462 = "stablehlo.multiply"(%2401, %2401) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2463 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2464 = "stablehlo.reduce"(%2462, %2463) ({
    ^bb0(%2465: tensor<f32>, %2466: tensor<f32>):
      %2467 = "stablehlo.add"(%2465, %2466) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2467) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<f32>) -> tensor<f32>
    %2468 = "stablehlo.add"(%2461, %2464) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2469 = "stablehlo.multiply"(%2405, %2405) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2470 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2471 = "stablehlo.reduce"(%2469, %2470) ({
    ^bb0(%2472: tensor<f32>, %2473: tensor<f32>):
      %2474 = "stablehlo.add"(%2472, %2473) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2474) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<f32>) -> tensor<f32>
    %2475 = "stablehlo.add"(%2468, %2471) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2476 = "stablehlo.multiply"(%2409, %2409) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2477 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2478 = "stablehlo.reduce"(%2476, %2477) ({
    ^bb0(%2479: tensor<f32>, %2480: tensor<f32>):
      %2481 = "stablehlo.add"(%2479, %2480) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2481) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<f32>) -> tensor<f32>
    %2482 = "stablehlo.add"(%2475, %2478) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2483 = "stablehlo.multiply"(%2413, %2413) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2484 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2485 = "stablehlo.reduce"(%2483, %2484) ({
    ^bb0(%2486: tensor<f32>, %2487: tensor<f32>):
      %2488 = "stablehlo.add"(%2486, %2487) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2488) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<f32>) -> tensor<f32>
    %2489 = "stablehlo.add"(%2482, %2485) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2490 = "stablehlo.multiply"(%2417, %2417) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2491 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2492 = "stablehlo.reduce"(%2490, %2491) ({
    ^bb0(%2493: tensor<f32>, %2494: tensor<f32>):
      %2495 = "stablehlo.add"(%2493, %2494) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2495) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<f32>) -> tensor<f32>
    %2496 = "stablehlo.add"(%2489, %2492) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2497 = "stablehlo.multiply"(%2421, %2421) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2498 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2499 = "stablehlo.reduce"(%2497, %2498) ({
    ^bb0(%2500: tensor<f32>, %2501: tensor<f32>):
      %2502 = "stablehlo.add"(%2500, %2501) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2502) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<f32>) -> tensor<f32>
    %2503 = "stablehlo.add"(%2496, %2499) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2504 = "stablehlo.multiply"(%2425, %2425) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2505 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2506 = "stablehlo.reduce"(%2504, %2505) ({
    ^bb0(%2507: tensor<f32>, %2508: tensor<f32>):
      %2509 = "stablehlo.add"(%2507, %2508) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2509) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %2510 = "stablehlo.add"(%2503, %2506) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2511 = "stablehlo.multiply"(%2429, %2429) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2512 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2513 = "stablehlo.reduce"(%2511, %2512) ({
    ^bb0(%2514: tensor<f32>, %2515: tensor<f32>):
      %2516 = "stablehlo.add"(%2514, %2515) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2516) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<f32>) -> tensor<f32>
    %2517 = "stablehlo.add"(%2510, %2513) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2518 = "stablehlo.sqrt"(%2517) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2519 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2520 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2521 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2522 = "stablehlo.add"(%2518, %2521) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2523 = "stablehlo.divide"(%2520, %2522) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2524 = "stablehlo.minimum"(%2519, %2523) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2525 = "stablehlo.convert"(%arg2) {mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<f32>
    %2526 = "stablehlo.constant"() {value = dense<3.0E-4> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2527 = "stablehlo.constant"() {value = dense<100.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2528 = "stablehlo.divide"(%2525, %2527) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2529 = "stablehlo.multiply"(%2526, %2528) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2530 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2531 = "stablehlo.constant"() {value = dense<100.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2532 = "stablehlo.subtract"(%2525, %2531) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2533 = "stablehlo.constant"() {value = dense<9900.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2534 = "stablehlo.divide"(%2532, %2533) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2535 = "stablehlo.minimum"(%2530, %2534) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2536 = "stablehlo.constant"() {value = dense<3.0E-5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2537 = "stablehlo.constant"() {value = dense<1.35E-4> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2538 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2539 = "stablehlo.constant"() {value = dense<3.1415927> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2540 = "stablehlo.multiply"(%2539, %2535) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2541 = "stablehlo.cosine"(%2540) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2542 = "stablehlo.add"(%2538, %2541) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2543 = "stablehlo.multiply"(%2537, %2542) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2544 = "stablehlo.add"(%2536, %2543) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2545 = "stablehlo.constant"() {value = dense<100.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2546 = "stablehlo.compare"(%2525, %2545) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %2547 = "stablehlo.select"(%2546, %2529, %2544) {mhlo.sharding = "{manual}"} : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %2548 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2549 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2550 = "stablehlo.power"(%2549, %2525) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2551 = "stablehlo.subtract"(%2548, %2550) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2552 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2553 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2554 = "stablehlo.power"(%2553, %2525) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2555 = "stablehlo.subtract"(%2552, %2554) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2556 = "stablehlo.divide"(%2547, %2551) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2557 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2558 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2559 = "stablehlo.multiply"(%2547, %2558) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2560 = "stablehlo.subtract"(%2557, %2559) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2561 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2562 = "stablehlo.multiply"(%2385, %2561) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2563 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2564 = "stablehlo.broadcast_in_dim"(%2563) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2565 = "stablehlo.multiply"(%arg15, %2564) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2566 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2567 = "stablehlo.broadcast_in_dim"(%2566) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2568 = "stablehlo.multiply"(%2562, %2567) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2569 = "stablehlo.add"(%2565, %2568) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2570 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2571 = "stablehlo.broadcast_in_dim"(%2570) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2572 = "stablehlo.multiply"(%arg27, %2571) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2573 = "stablehlo.multiply"(%2562, %2562) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2574 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2575 = "stablehlo.broadcast_in_dim"(%2574) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2576 = "stablehlo.multiply"(%2573, %2575) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2577 = "stablehlo.add"(%2572, %2576) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2578 = "stablehlo.sqrt"(%2577) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>) -> tensor<256x64xf32>
    %2579 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2580 = "stablehlo.broadcast_in_dim"(%2579) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2581 = "stablehlo.divide"(%2578, %2580) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2582 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2583 = "stablehlo.broadcast_in_dim"(%2582) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2584 = "stablehlo.add"(%2581, %2583) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2585 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2586 = "stablehlo.multiply"(%arg3, %2585) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2587 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2588 = "stablehlo.divide"(%2569, %2584) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2589 = "stablehlo.multiply"(%2587, %2588) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2590 = "stablehlo.subtract"(%2586, %2589) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2591 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2592 = "stablehlo.multiply"(%2389, %2591) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2593 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2594 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2595 = "stablehlo.multiply"(%arg16, %2594) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2596 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2597 = "stablehlo.broadcast_in_dim"(%2596) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2598 = "stablehlo.multiply"(%2592, %2597) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2599 = "stablehlo.add"(%2595, %2598) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2600 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2601 = "stablehlo.broadcast_in_dim"(%2600) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2602 = "stablehlo.multiply"(%arg28, %2601) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2603 = "stablehlo.multiply"(%2592, %2592) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2604 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2605 = "stablehlo.broadcast_in_dim"(%2604) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2606 = "stablehlo.multiply"(%2603, %2605) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2607 = "stablehlo.add"(%2602, %2606) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2608 = "stablehlo.sqrt"(%2607) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>) -> tensor<2x64xf32>
    %2609 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2610 = "stablehlo.broadcast_in_dim"(%2609) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2611 = "stablehlo.divide"(%2608, %2610) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2612 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2613 = "stablehlo.broadcast_in_dim"(%2612) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2614 = "stablehlo.add"(%2611, %2613) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2615 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2616 = "stablehlo.multiply"(%arg4, %2615) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2617 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2618 = "stablehlo.divide"(%2599, %2614) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2619 = "stablehlo.multiply"(%2617, %2618) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2620 = "stablehlo.subtract"(%2616, %2619) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2621 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2622 = "stablehlo.multiply"(%2393, %2621) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2623 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2624 = "stablehlo.broadcast_in_dim"(%2623) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2625 = "stablehlo.multiply"(%arg17, %2624) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2626 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2627 = "stablehlo.broadcast_in_dim"(%2626) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2628 = "stablehlo.multiply"(%2622, %2627) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2629 = "stablehlo.add"(%2625, %2628) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2630 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2631 = "stablehlo.broadcast_in_dim"(%2630) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2632 = "stablehlo.multiply"(%arg29, %2631) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2633 = "stablehlo.multiply"(%2622, %2622) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2634 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2635 = "stablehlo.broadcast_in_dim"(%2634) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2636 = "stablehlo.multiply"(%2633, %2635) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2637 = "stablehlo.add"(%2632, %2636) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2638 = "stablehlo.sqrt"(%2637) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2639 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2640 = "stablehlo.broadcast_in_dim"(%2639) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2641 = "stablehlo.divide"(%2638, %2640) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2642 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2643 = "stablehlo.broadcast_in_dim"(%2642) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2644 = "stablehlo.add"(%2641, %2643) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2645 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2646 = "stablehlo.multiply"(%arg5, %2645) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2647 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2648 = "stablehlo.divide"(%2629, %2644) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2649 = "stablehlo.multiply"(%2647, %2648) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2650 = "stablehlo.subtract"(%2646, %2649) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2651 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2652 = "stablehlo.multiply"(%2397, %2651) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2653 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2654 = "stablehlo.broadcast_in_dim"(%2653) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2655 = "stablehlo.multiply"(%arg18, %2654) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2656 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2657 = "stablehlo.broadcast_in_dim"(%2656) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2658 = "stablehlo.multiply"(%2652, %2657) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2659 = "stablehlo.add"(%2655, %2658) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2660 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2661 = "stablehlo.broadcast_in_dim"(%2660) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2662 = "stablehlo.multiply"(%arg30, %2661) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2663 = "stablehlo.multiply"(%2652, %2652) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2664 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2665 = "stablehlo.broadcast_in_dim"(%2664) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2666 = "stablehlo.multiply"(%2663, %2665) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2667 = "stablehlo.add"(%2662, %2666) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2668 = "stablehlo.sqrt"(%2667) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2669 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2670 = "stablehlo.broadcast_in_dim"(%2669) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2671 = "stablehlo.divide"(%2668, %2670) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2672 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2673 = "stablehlo.broadcast_in_dim"(%2672) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2674 = "stablehlo.add"(%2671, %2673) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2675 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2676 = "stablehlo.multiply"(%arg6, %2675) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2677 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2678 = "stablehlo.divide"(%2659, %2674) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2679 = "stablehlo.multiply"(%2677, %2678) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2680 = "stablehlo.subtract"(%2676, %2679) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2681 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2682 = "stablehlo.multiply"(%2401, %2681) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2683 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2684 = "stablehlo.broadcast_in_dim"(%2683) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2685 = "stablehlo.multiply"(%arg19, %2684) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2686 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2687 = "stablehlo.broadcast_in_dim"(%2686) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2688 = "stablehlo.multiply"(%2682, %2687) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2689 = "stablehlo.add"(%2685, %2688) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2690 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2691 = "stablehlo.broadcast_in_dim"(%2690) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2692 = "stablehlo.multiply"(%arg31, %2691) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2693 = "stablehlo.multiply"(%2682, %2682) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2694 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2695 = "stablehlo.broadcast_in_dim"(%2694) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2696 = "stablehlo.multiply"(%2693, %2695) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2697 = "stablehlo.add"(%2692, %2696) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2698 = "stablehlo.sqrt"(%2697) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2699 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2700 = "stablehlo.broadcast_in_dim"(%2699) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2701 = "stablehlo.divide"(%2698, %2700) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2702 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2703 = "stablehlo.broadcast_in_dim"(%2702) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2704 = "stablehlo.add"(%2701, %2703) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2705 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2706 = "stablehlo.multiply"(%arg7, %2705) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2707 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x32x64xf32>
    %2708 = "stablehlo.divide"(%2689, %2704) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2709 = "stablehlo.multiply"(%2707, %2708) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2710 = "stablehlo.subtract"(%2706, %2709) {mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %2711 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2712 = "stablehlo.multiply"(%2405, %2711) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2713 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2714 = "stablehlo.broadcast_in_dim"(%2713) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2715 = "stablehlo.multiply"(%arg20, %2714) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2716 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2717 = "stablehlo.broadcast_in_dim"(%2716) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2718 = "stablehlo.multiply"(%2712, %2717) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2719 = "stablehlo.add"(%2715, %2718) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2720 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2721 = "stablehlo.broadcast_in_dim"(%2720) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2722 = "stablehlo.multiply"(%arg32, %2721) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2723 = "stablehlo.multiply"(%2712, %2712) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2724 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2725 = "stablehlo.broadcast_in_dim"(%2724) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2726 = "stablehlo.multiply"(%2723, %2725) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2727 = "stablehlo.add"(%2722, %2726) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2728 = "stablehlo.sqrt"(%2727) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2729 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2730 = "stablehlo.broadcast_in_dim"(%2729) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2731 = "stablehlo.divide"(%2728, %2730) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2732 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2733 = "stablehlo.broadcast_in_dim"(%2732) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2734 = "stablehlo.add"(%2731, %2733) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2735 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2736 = "stablehlo.multiply"(%arg8, %2735) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2737 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x64xf32>
    %2738 = "stablehlo.divide"(%2719, %2734) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2739 = "stablehlo.multiply"(%2737, %2738) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2740 = "stablehlo.subtract"(%2736, %2739) {mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
    %2741 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2742 = "stablehlo.multiply"(%2409, %2741) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2743 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2744 = "stablehlo.broadcast_in_dim"(%2743) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2745 = "stablehlo.multiply"(%arg21, %2744) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2746 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2747 = "stablehlo.broadcast_in_dim"(%2746) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2748 = "stablehlo.multiply"(%2742, %2747) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2749 = "stablehlo.add"(%2745, %2748) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2750 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2751 = "stablehlo.broadcast_in_dim"(%2750) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2752 = "stablehlo.multiply"(%arg33, %2751) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2753 = "stablehlo.multiply"(%2742, %2742) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2754 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2755 = "stablehlo.broadcast_in_dim"(%2754) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2756 = "stablehlo.multiply"(%2753, %2755) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2757 = "stablehlo.add"(%2752, %2756) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2758 = "stablehlo.sqrt"(%2757) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>) -> tensor<2x64xf32>
    %2759 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2760 = "stablehlo.broadcast_in_dim"(%2759) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2761 = "stablehlo.divide"(%2758, %2760) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2762 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2763 = "stablehlo.broadcast_in_dim"(%2762) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2764 = "stablehlo.add"(%2761, %2763) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2765 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2766 = "stablehlo.multiply"(%arg9, %2765) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2767 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64xf32>
    %2768 = "stablehlo.divide"(%2749, %2764) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2769 = "stablehlo.multiply"(%2767, %2768) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2770 = "stablehlo.subtract"(%2766, %2769) {mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %2771 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2772 = "stablehlo.multiply"(%2413, %2771) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2773 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2774 = "stablehlo.broadcast_in_dim"(%2773) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2775 = "stablehlo.multiply"(%arg22, %2774) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2776 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2777 = "stablehlo.broadcast_in_dim"(%2776) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2778 = "stablehlo.multiply"(%2772, %2777) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2779 = "stablehlo.add"(%2775, %2778) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2780 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2781 = "stablehlo.broadcast_in_dim"(%2780) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2782 = "stablehlo.multiply"(%arg34, %2781) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2783 = "stablehlo.multiply"(%2772, %2772) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2784 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2785 = "stablehlo.broadcast_in_dim"(%2784) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2786 = "stablehlo.multiply"(%2783, %2785) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2787 = "stablehlo.add"(%2782, %2786) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2788 = "stablehlo.sqrt"(%2787) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2789 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2790 = "stablehlo.broadcast_in_dim"(%2789) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2791 = "stablehlo.divide"(%2788, %2790) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2792 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2793 = "stablehlo.broadcast_in_dim"(%2792) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2794 = "stablehlo.add"(%2791, %2793) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2795 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2796 = "stablehlo.multiply"(%arg10, %2795) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2797 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2798 = "stablehlo.divide"(%2779, %2794) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2799 = "stablehlo.multiply"(%2797, %2798) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2800 = "stablehlo.subtract"(%2796, %2799) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2801 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2802 = "stablehlo.multiply"(%2417, %2801) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2803 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2804 = "stablehlo.broadcast_in_dim"(%2803) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2805 = "stablehlo.multiply"(%arg23, %2804) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2806 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2807 = "stablehlo.broadcast_in_dim"(%2806) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2808 = "stablehlo.multiply"(%2802, %2807) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2809 = "stablehlo.add"(%2805, %2808) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2810 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2811 = "stablehlo.broadcast_in_dim"(%2810) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2812 = "stablehlo.multiply"(%arg35, %2811) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2813 = "stablehlo.multiply"(%2802, %2802) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2814 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2815 = "stablehlo.broadcast_in_dim"(%2814) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2816 = "stablehlo.multiply"(%2813, %2815) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2817 = "stablehlo.add"(%2812, %2816) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2818 = "stablehlo.sqrt"(%2817) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2819 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2820 = "stablehlo.broadcast_in_dim"(%2819) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2821 = "stablehlo.divide"(%2818, %2820) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2822 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2823 = "stablehlo.broadcast_in_dim"(%2822) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2824 = "stablehlo.add"(%2821, %2823) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2825 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2826 = "stablehlo.multiply"(%arg11, %2825) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2827 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x172x64xf32>
    %2828 = "stablehlo.divide"(%2809, %2824) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2829 = "stablehlo.multiply"(%2827, %2828) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2830 = "stablehlo.subtract"(%2826, %2829) {mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<2x172x64xf32>) -> tensor<2x172x64xf32>
    %2831 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %2832 = "stablehlo.multiply"(%2421, %2831) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2833 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2834 = "stablehlo.broadcast_in_dim"(%2833) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %2835 = "stablehlo.multiply"(%arg24, %2834) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2836 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2837 = "stablehlo.broadcast_in_dim"(%2836) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %2838 = "stablehlo.multiply"(%2832, %2837) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2839 = "stablehlo.add"(%2835, %2838) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2840 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2841 = "stablehlo.broadcast_in_dim"(%2840) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %2842 = "stablehlo.multiply"(%arg36, %2841) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2843 = "stablehlo.multiply"(%2832, %2832) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2844 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2845 = "stablehlo.broadcast_in_dim"(%2844) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %2846 = "stablehlo.multiply"(%2843, %2845) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2847 = "stablehlo.add"(%2842, %2846) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2848 = "stablehlo.sqrt"(%2847) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2849 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2850 = "stablehlo.broadcast_in_dim"(%2849) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %2851 = "stablehlo.divide"(%2848, %2850) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2852 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2853 = "stablehlo.broadcast_in_dim"(%2852) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %2854 = "stablehlo.add"(%2851, %2853) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2855 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %2856 = "stablehlo.multiply"(%arg12, %2855) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2857 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x64x172xf32>
    %2858 = "stablehlo.divide"(%2839, %2854) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2859 = "stablehlo.multiply"(%2857, %2858) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2860 = "stablehlo.subtract"(%2856, %2859) {mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<2x64x172xf32>) -> tensor<2x64x172xf32>
    %2861 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
    %2862 = "stablehlo.multiply"(%2425, %2861) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2863 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2864 = "stablehlo.broadcast_in_dim"(%2863) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
    %2865 = "stablehlo.multiply"(%arg25, %2864) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2866 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2867 = "stablehlo.broadcast_in_dim"(%2866) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
    %2868 = "stablehlo.multiply"(%2862, %2867) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2869 = "stablehlo.add"(%2865, %2868) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2870 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2871 = "stablehlo.broadcast_in_dim"(%2870) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
    %2872 = "stablehlo.multiply"(%arg37, %2871) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2873 = "stablehlo.multiply"(%2862, %2862) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2874 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2875 = "stablehlo.broadcast_in_dim"(%2874) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
    %2876 = "stablehlo.multiply"(%2873, %2875) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2877 = "stablehlo.add"(%2872, %2876) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2878 = "stablehlo.sqrt"(%2877) {mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<64xf32>
    %2879 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2880 = "stablehlo.broadcast_in_dim"(%2879) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
    %2881 = "stablehlo.divide"(%2878, %2880) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2882 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2883 = "stablehlo.broadcast_in_dim"(%2882) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
    %2884 = "stablehlo.add"(%2881, %2883) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2885 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
    %2886 = "stablehlo.multiply"(%arg13, %2885) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2887 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<64xf32>
    %2888 = "stablehlo.divide"(%2869, %2884) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2889 = "stablehlo.multiply"(%2887, %2888) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2890 = "stablehlo.subtract"(%2886, %2889) {mhlo.sharding = "{manual}"} : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2891 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2892 = "stablehlo.multiply"(%2429, %2891) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2893 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2894 = "stablehlo.broadcast_in_dim"(%2893) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2895 = "stablehlo.multiply"(%arg26, %2894) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2896 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2897 = "stablehlo.broadcast_in_dim"(%2896) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2898 = "stablehlo.multiply"(%2892, %2897) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2899 = "stablehlo.add"(%2895, %2898) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2900 = "stablehlo.constant"() {value = dense<0.95> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2901 = "stablehlo.broadcast_in_dim"(%2900) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2902 = "stablehlo.multiply"(%arg38, %2901) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2903 = "stablehlo.multiply"(%2892, %2892) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2904 = "stablehlo.constant"() {value = dense<0.05> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2905 = "stablehlo.broadcast_in_dim"(%2904) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2906 = "stablehlo.multiply"(%2903, %2905) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2907 = "stablehlo.add"(%2902, %2906) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2908 = "stablehlo.sqrt"(%2907) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>) -> tensor<256x64xf32>
    %2909 = "stablehlo.sqrt"(%2555) {mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<f32>
    %2910 = "stablehlo.broadcast_in_dim"(%2909) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2911 = "stablehlo.divide"(%2908, %2910) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2912 = "stablehlo.constant"() {value = dense<1.0E-8> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %2913 = "stablehlo.broadcast_in_dim"(%2912) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2914 = "stablehlo.add"(%2911, %2913) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2915 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2916 = "stablehlo.multiply"(%arg14, %2915) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2917 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<256x64xf32>
    %2918 = "stablehlo.divide"(%2899, %2914) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2919 = "stablehlo.multiply"(%2917, %2918) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %2920 = "stablehlo.subtract"(%2916, %2919) {mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    return %2381, %2518, %2547, %2590, %2620, %2650, %2680, %2710, %2740, %2770, %2800, %2830, %2860, %2890, %2920, %2569, %2599, %2629, %2659, %2689, %2719, %2749, %2779, %2809, %2839, %2869, %2899, %2577, %2607, %2637, %2667, %2697, %2727, %2757, %2787, %2817, %2847, %2877, %2907 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<256x64xf32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256x64xf32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256x64xf32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>, tensor<64xf32>, tensor<256x64xf32>
  }
}
