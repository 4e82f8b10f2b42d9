module @tiny_ring4_generate_decode attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x1xi32> {mhlo.sharding = "{manual}"}, %arg1: tensor<2xi32> {mhlo.sharding = "{manual}"}, %arg2: tensor<256x64xf32> {mhlo.sharding = "{manual}"}, %arg3: tensor<64xf32> {mhlo.sharding = "{manual}"}, %arg4: tensor<64x64xf32> {mhlo.sharding = "{manual}"}, %arg5: tensor<32x64xf32> {mhlo.sharding = "{manual}"}, %arg6: tensor<32x64xf32> {mhlo.sharding = "{manual}"}, %arg7: tensor<64x64xf32> {mhlo.sharding = "{manual}"}, %arg8: tensor<64xf32> {mhlo.sharding = "{manual}"}, %arg9: tensor<172x64xf32> {mhlo.sharding = "{manual}"}, %arg10: tensor<172x64xf32> {mhlo.sharding = "{manual}"}, %arg11: tensor<64x172xf32> {mhlo.sharding = "{manual}"}, %arg12: tensor<64xf32> {mhlo.sharding = "{manual}"}, %arg13: tensor<64x64xf32> {mhlo.sharding = "{manual}"}, %arg14: tensor<32x64xf32> {mhlo.sharding = "{manual}"}, %arg15: tensor<32x64xf32> {mhlo.sharding = "{manual}"}, %arg16: tensor<64x64xf32> {mhlo.sharding = "{manual}"}, %arg17: tensor<64xf32> {mhlo.sharding = "{manual}"}, %arg18: tensor<172x64xf32> {mhlo.sharding = "{manual}"}, %arg19: tensor<172x64xf32> {mhlo.sharding = "{manual}"}, %arg20: tensor<64x172xf32> {mhlo.sharding = "{manual}"}, %arg21: tensor<64xf32> {mhlo.sharding = "{manual}"}, %arg22: tensor<256x64xf32> {mhlo.sharding = "{manual}"}, %arg23: tensor<2x2x2x16x16xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 1 : i32}, %arg24: tensor<2x2x2x16x16xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 2 : i32}) -> (tensor<2x256xf32> {mhlo.sharding = "{manual}"}, tensor<2x2x2x16x16xf32> {mhlo.sharding = "{manual}"}, tensor<2x2x2x16x16xf32> {mhlo.sharding = "{manual}"}) {
    %0 = "stablehlo.gather"(%arg2, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x1x64xf32>
    %1 = "stablehlo.partition_id"() {mhlo.sharding = "{manual}"} : () -> tensor<ui32>
    %2 = "stablehlo.convert"(%1) {mhlo.sharding = "{manual}"} : (tensor<ui32>) -> tensor<i32>
    %3 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %4 = "stablehlo.remainder"(%2, %3) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %5 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<16xi32>
    %6 = "stablehlo.broadcast_in_dim"(%4) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
    %7 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
    %9 = "stablehlo.multiply"(%6, %8) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %10 = "stablehlo.add"(%9, %5) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %11 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %12 = "stablehlo.broadcast_in_dim"(%11) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
    %13 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %14 = "stablehlo.broadcast_in_dim"(%13) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
    %15 = "stablehlo.subtract"(%5, %14) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %16 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %17 = "stablehlo.broadcast_in_dim"(%16) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
    %18 = "stablehlo.multiply"(%15, %17) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %19 = "stablehlo.add"(%12, %18) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %20 = "stablehlo.add"(%19, %6) {mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %21 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %22 = "stablehlo.broadcast_in_dim"(%21) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<16xi32>
    %23 = "stablehlo.compare"(%5, %22) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %24 = "stablehlo.select"(%23, %10, %20) {mhlo.sharding = "{manual}"} : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %25 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %26 = "stablehlo.broadcast_in_dim"(%25) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %27 = "stablehlo.constant"() {value = dense<4> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %28 = "stablehlo.broadcast_in_dim"(%27) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %29 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %30 = "stablehlo.broadcast_in_dim"(%29) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %31 = "stablehlo.subtract"(%arg1, %30) {mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %32 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %33 = "stablehlo.broadcast_in_dim"(%32) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %34 = "stablehlo.compare"(%arg1, %33) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %35 = "stablehlo.divide"(%arg1, %26) {mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %36 = "stablehlo.remainder"(%31, %28) {mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %37 = "stablehlo.select"(%34, %35, %36) {mhlo.sharding = "{manual}"} : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %38 = "stablehlo.remainder"(%arg1, %26) {mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %39 = "stablehlo.divide"(%31, %28) {mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %40 = "stablehlo.add"(%26, %39) {mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %41 = "stablehlo.select"(%34, %38, %40) {mhlo.sharding = "{manual}"} : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %42 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %43 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x64xf32>
    %45 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %46 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %85:5 = "stablehlo.while"(%46, %45, %0, %arg3, %44) ({
    ^bb0(%47: tensor<i32>, %48: tensor<i32>, %49: tensor<2x1x64xf32>, %50: tensor<64xf32>, %51: tensor<2x1x64xf32>):
      %52 = "stablehlo.compare"(%47, %48) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%52) : (tensor<i1>) -> ()
    }, {
    ^bb0(%53: tensor<i32>, %54: tensor<i32>, %55: tensor<2x1x64xf32>, %56: tensor<64xf32>, %57: tensor<2x1x64xf32>):
      %58 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %59 = "stablehlo.multiply"(%53, %58) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %60 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %61 = "stablehlo.dynamic_slice"(%55, %60, %59, %60) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %62 = "stablehlo.multiply"(%61, %61) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %63 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %64 = "stablehlo.reduce"(%62, %63) ({
      ^bb0(%65: tensor<f32>, %66: tensor<f32>):
        %67 = "stablehlo.add"(%65, %66) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%67) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %68 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %69 = "stablehlo.broadcast_in_dim"(%68) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
      %70 = "stablehlo.divide"(%64, %69) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %71 = "stablehlo.reshape"(%70) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %72 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %73 = "stablehlo.broadcast_in_dim"(%72) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
      %74 = "stablehlo.add"(%71, %73) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %75 = "stablehlo.rsqrt"(%74) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %76 = "stablehlo.reshape"(%75) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
      %77 = "stablehlo.broadcast_in_dim"(%76) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
      %78 = "stablehlo.multiply"(%61, %77) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %79 = "stablehlo.broadcast_in_dim"(%56) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
      %80 = "stablehlo.multiply"(%78, %79) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %81 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %82 = "stablehlo.dynamic_update_slice"(%57, %80, %81, %59, %81) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %83 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %84 = "stablehlo.add"(%53, %83) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%84, %54, %55, %56, %82) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<2x1x64xf32>)
    %86 = "stablehlo.reshape"(%arg1) {mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x1xi32>
    %87 = "stablehlo.dot_general"(%arg4, %85#4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<64x64xf32>, tensor<2x1x64xf32>) -> tensor<64x2x1xf32>
    %88 = "stablehlo.transpose"(%87) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<64x2x1xf32>) -> tensor<2x1x64xf32>
    %89 = "stablehlo.reshape"(%88) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
    %90 = "stablehlo.dot_general"(%arg5, %85#4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<32x64xf32>, tensor<2x1x64xf32>) -> tensor<32x2x1xf32>
    %91 = "stablehlo.transpose"(%90) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<32x2x1xf32>) -> tensor<2x1x32xf32>
    %92 = "stablehlo.reshape"(%91) {mhlo.sharding = "{manual}"} : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %93 = "stablehlo.dot_general"(%arg6, %85#4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<32x64xf32>, tensor<2x1x64xf32>) -> tensor<32x2x1xf32>
    %94 = "stablehlo.transpose"(%93) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<32x2x1xf32>) -> tensor<2x1x32xf32>
    %95 = "stablehlo.reshape"(%94) {mhlo.sharding = "{manual}"} : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %96 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
    %97 = "stablehlo.convert"(%86) {mhlo.sharding = "{manual}"} : (tensor<2x1xi32>) -> tensor<2x1xf32>
    %98 = "stablehlo.broadcast_in_dim"(%97) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x8xf32>
    %99 = "stablehlo.broadcast_in_dim"(%96) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<2x1x8xf32>
    %100 = "stablehlo.multiply"(%98, %99) {mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x8xf32>
    %101 = "stablehlo.concatenate"(%100, %100) {dimension = 2 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
    %102 = "stablehlo.cosine"(%101) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %103 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x4x16xf32>
    %104 = "stablehlo.sine"(%101) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %105 = "stablehlo.broadcast_in_dim"(%104) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x4x16xf32>
    %106 = "stablehlo.slice"(%89) {limit_indices = array<i64: 2, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
    %107 = "stablehlo.slice"(%89) {limit_indices = array<i64: 2, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
    %108 = "stablehlo.negate"(%107) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %109 = "stablehlo.concatenate"(%108, %106) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x16xf32>
    %110 = "stablehlo.multiply"(%89, %103) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %111 = "stablehlo.multiply"(%109, %105) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %112 = "stablehlo.add"(%110, %111) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %113 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
    %114 = "stablehlo.convert"(%86) {mhlo.sharding = "{manual}"} : (tensor<2x1xi32>) -> tensor<2x1xf32>
    %115 = "stablehlo.broadcast_in_dim"(%114) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x8xf32>
    %116 = "stablehlo.broadcast_in_dim"(%113) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<2x1x8xf32>
    %117 = "stablehlo.multiply"(%115, %116) {mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x8xf32>
    %118 = "stablehlo.concatenate"(%117, %117) {dimension = 2 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
    %119 = "stablehlo.cosine"(%118) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %120 = "stablehlo.broadcast_in_dim"(%119) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x2x16xf32>
    %121 = "stablehlo.sine"(%118) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x2x16xf32>
    %123 = "stablehlo.slice"(%92) {limit_indices = array<i64: 2, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
    %124 = "stablehlo.slice"(%92) {limit_indices = array<i64: 2, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
    %125 = "stablehlo.negate"(%124) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %126 = "stablehlo.concatenate"(%125, %123) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x16xf32>
    %127 = "stablehlo.multiply"(%92, %120) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
    %128 = "stablehlo.multiply"(%126, %122) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
    %129 = "stablehlo.add"(%127, %128) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
    %130 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %131 = "stablehlo.broadcast_in_dim"(%130) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %132 = "stablehlo.multiply"(%112, %131) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %133 = "stablehlo.reshape"(%132) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x2x2x16xf32>
    %134 = "stablehlo.reshape"(%133) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x2x16xf32>) -> tensor<2x2x2x1x16xf32>
    %135 = "stablehlo.reshape"(%129) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %136 = "stablehlo.reshape"(%95) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %137 = "stablehlo.broadcast_in_dim"(%4) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %138 = "stablehlo.compare"(%37, %137) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %139 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %140 = "stablehlo.broadcast_in_dim"(%139) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %141 = "stablehlo.select"(%138, %41, %140) {mhlo.sharding = "{manual}"} : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %142 = "stablehlo.broadcast_in_dim"(%42) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2x1xi32>
    %143 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<2x1xi32>
    %144 = "stablehlo.reshape"(%141) {mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x1xi32>
    %145 = "stablehlo.concatenate"(%142, %143, %144) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1xi32>, tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x3xi32>
    %146 = "stablehlo.reshape"(%135) {mhlo.sharding = "{manual}"} : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %147 = "stablehlo.scatter"(%arg23, %145, %146) ({
    ^bb0(%148: tensor<f32>, %149: tensor<f32>):
      "stablehlo.return"(%149) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1, 3], scatter_dims_to_operand_dims = [0, 1, 3], index_vector_dim = 1>, unique_indices = false, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<2x3xi32>, tensor<2x2x16xf32>) -> tensor<2x2x2x16x16xf32>
    %150 = "stablehlo.reshape"(%136) {mhlo.sharding = "{manual}"} : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %151 = "stablehlo.scatter"(%arg24, %145, %150) ({
    ^bb0(%152: tensor<f32>, %153: tensor<f32>):
      "stablehlo.return"(%153) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1, 3], scatter_dims_to_operand_dims = [0, 1, 3], index_vector_dim = 1>, unique_indices = false, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<2x3xi32>, tensor<2x2x16xf32>) -> tensor<2x2x2x16x16xf32>
    %154 = "stablehlo.reshape"(%134) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1x16xf32>) -> tensor<2x2x2x16xf32>
    %155 = "stablehlo.slice"(%24) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
    %156 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %157 = "stablehlo.reduce"(%arg1, %156) ({
    ^bb0(%158: tensor<i32>, %159: tensor<i32>):
      %160 = "stablehlo.maximum"(%158, %159) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%160) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
    %161 = "stablehlo.broadcast_in_dim"(%157) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %162 = "stablehlo.compare"(%155, %161) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %163 = "stablehlo.convert"(%162) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
    %164 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %165 = "stablehlo.reduce"(%163, %164) ({
    ^bb0(%166: tensor<i32>, %167: tensor<i32>):
      %168 = "stablehlo.add"(%166, %167) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%168) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
    %169 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %170 = "stablehlo.broadcast_in_dim"(%169) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
    %171 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %172 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
    %173 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %174 = "stablehlo.broadcast_in_dim"(%173) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2x16xf32>
    %175 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %245:11 = "stablehlo.while"(%175, %165, %154, %147, %151, %42, %24, %arg1, %170, %172, %174) ({
    ^bb0(%176: tensor<i32>, %177: tensor<i32>, %178: tensor<2x2x2x16xf32>, %179: tensor<2x2x2x16x16xf32>, %180: tensor<2x2x2x16x16xf32>, %181: tensor<i32>, %182: tensor<16xi32>, %183: tensor<2xi32>, %184: tensor<2x2x2xf32>, %185: tensor<2x2x2xf32>, %186: tensor<2x2x2x16xf32>):
      %187 = "stablehlo.compare"(%176, %177) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%187) : (tensor<i1>) -> ()
    }, {
    ^bb0(%188: tensor<i32>, %189: tensor<i32>, %190: tensor<2x2x2x16xf32>, %191: tensor<2x2x2x16x16xf32>, %192: tensor<2x2x2x16x16xf32>, %193: tensor<i32>, %194: tensor<16xi32>, %195: tensor<2xi32>, %196: tensor<2x2x2xf32>, %197: tensor<2x2x2xf32>, %198: tensor<2x2x2x16xf32>):
      %199 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %200 = "stablehlo.multiply"(%188, %199) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %201 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %202 = "stablehlo.dynamic_slice"(%191, %193, %201, %201, %200, %201) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
      %203 = "stablehlo.reshape"(%202) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<2x2x8x16xf32>
      %204 = "stablehlo.dynamic_slice"(%192, %193, %201, %201, %200, %201) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
      %205 = "stablehlo.reshape"(%204) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<2x2x8x16xf32>
      %206 = "stablehlo.dot_general"(%190, %203) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x8x16xf32>) -> tensor<2x2x2x8xf32>
      %207 = "stablehlo.dynamic_slice"(%194, %200) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
      %208 = "stablehlo.broadcast_in_dim"(%207) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8xi32>
      %209 = "stablehlo.broadcast_in_dim"(%195) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x8xi32>
      %210 = "stablehlo.compare"(%208, %209) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2x8xi32>, tensor<2x8xi32>) -> tensor<2x8xi1>
      %211 = "stablehlo.broadcast_in_dim"(%210) {broadcast_dimensions = array<i64: 0, 3>, mhlo.sharding = "{manual}"} : (tensor<2x8xi1>) -> tensor<2x2x2x8xi1>
      %212 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %213 = "stablehlo.broadcast_in_dim"(%212) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2x8xf32>
      %214 = "stablehlo.select"(%211, %206, %213) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xi1>, tensor<2x2x2x8xf32>, tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
      %215 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %216 = "stablehlo.reduce"(%214, %215) ({
      ^bb0(%217: tensor<f32>, %218: tensor<f32>):
        %219 = "stablehlo.maximum"(%217, %218) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%219) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<f32>) -> tensor<2x2x2xf32>
      %220 = "stablehlo.maximum"(%196, %216) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %221 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %222 = "stablehlo.broadcast_in_dim"(%221) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %223 = "stablehlo.compare"(%220, %222) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xi1>
      %224 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %225 = "stablehlo.broadcast_in_dim"(%224) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %226 = "stablehlo.select"(%223, %225, %220) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xi1>, tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %227 = "stablehlo.broadcast_in_dim"(%226) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x8xf32>
      %228 = "stablehlo.subtract"(%214, %227) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
      %229 = "stablehlo.exponential"(%228) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
      %230 = "stablehlo.subtract"(%196, %226) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %231 = "stablehlo.exponential"(%230) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %232 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %233 = "stablehlo.reduce"(%229, %232) ({
      ^bb0(%234: tensor<f32>, %235: tensor<f32>):
        %236 = "stablehlo.add"(%234, %235) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%236) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<f32>) -> tensor<2x2x2xf32>
      %237 = "stablehlo.multiply"(%197, %231) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %238 = "stablehlo.add"(%237, %233) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %239 = "stablehlo.dot_general"(%229, %205) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<2x2x8x16xf32>) -> tensor<2x2x2x16xf32>
      %240 = "stablehlo.broadcast_in_dim"(%231) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
      %241 = "stablehlo.multiply"(%198, %240) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
      %242 = "stablehlo.add"(%241, %239) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
      %243 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %244 = "stablehlo.add"(%188, %243) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%244, %189, %190, %191, %192, %193, %194, %195, %220, %238, %242) : (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>)
    %246 = "stablehlo.all_reduce"(%245#8) ({
    ^bb0(%247: tensor<f32>, %248: tensor<f32>):
      %249 = "stablehlo.maximum"(%247, %248) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%249) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %250 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %251 = "stablehlo.broadcast_in_dim"(%250) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
    %252 = "stablehlo.compare"(%246, %251) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xi1>
    %253 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %254 = "stablehlo.broadcast_in_dim"(%253) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
    %255 = "stablehlo.select"(%252, %254, %246) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xi1>, tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %256 = "stablehlo.subtract"(%245#8, %255) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %257 = "stablehlo.exponential"(%256) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %258 = "stablehlo.broadcast_in_dim"(%257) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
    %259 = "stablehlo.multiply"(%245#10, %258) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %260 = "stablehlo.multiply"(%245#9, %257) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %261 = "stablehlo.reshape"(%260) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x1xf32>
    %262 = "stablehlo.concatenate"(%259, %261) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x1xf32>) -> tensor<2x2x2x17xf32>
    %263 = "stablehlo.all_reduce"(%262) ({
    ^bb0(%264: tensor<f32>, %265: tensor<f32>):
      %266 = "stablehlo.add"(%264, %265) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%266) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x17xf32>
    %267 = "stablehlo.slice"(%263) {limit_indices = array<i64: 2, 2, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x16xf32>
    %268 = "stablehlo.slice"(%263) {limit_indices = array<i64: 2, 2, 2, 17>, start_indices = array<i64: 0, 0, 0, 16>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x1xf32>
    %269 = "stablehlo.reshape"(%268) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1xf32>) -> tensor<2x2x2xf32>
    %270 = "stablehlo.broadcast_in_dim"(%269) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
    %271 = "stablehlo.divide"(%267, %270) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %272 = "stablehlo.reshape"(%271) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>) -> tensor<2x2x2x1x16xf32>
    %273 = "stablehlo.reshape"(%272) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1x16xf32>) -> tensor<2x1x2x2x16xf32>
    %274 = "stablehlo.reshape"(%273) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x2x16xf32>) -> tensor<2x1x64xf32>
    %275 = "stablehlo.dot_general"(%arg7, %274) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<64x64xf32>, tensor<2x1x64xf32>) -> tensor<64x2x1xf32>
    %276 = "stablehlo.transpose"(%275) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<64x2x1xf32>) -> tensor<2x1x64xf32>
    %277 = "stablehlo.add"(%0, %276) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %278 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %279 = "stablehlo.broadcast_in_dim"(%278) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x64xf32>
    %280 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %281 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %336:8 = "stablehlo.while"(%281, %280, %277, %arg9, %arg10, %arg11, %arg8, %279) ({
    ^bb0(%282: tensor<i32>, %283: tensor<i32>, %284: tensor<2x1x64xf32>, %285: tensor<172x64xf32>, %286: tensor<172x64xf32>, %287: tensor<64x172xf32>, %288: tensor<64xf32>, %289: tensor<2x1x64xf32>):
      %290 = "stablehlo.compare"(%282, %283) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%290) : (tensor<i1>) -> ()
    }, {
    ^bb0(%291: tensor<i32>, %292: tensor<i32>, %293: tensor<2x1x64xf32>, %294: tensor<172x64xf32>, %295: tensor<172x64xf32>, %296: tensor<64x172xf32>, %297: tensor<64xf32>, %298: tensor<2x1x64xf32>):
      %299 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %300 = "stablehlo.multiply"(%291, %299) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %301 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %302 = "stablehlo.dynamic_slice"(%293, %301, %300, %301) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %303 = "stablehlo.multiply"(%302, %302) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %304 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %305 = "stablehlo.reduce"(%303, %304) ({
      ^bb0(%306: tensor<f32>, %307: tensor<f32>):
        %308 = "stablehlo.add"(%306, %307) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%308) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %309 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %310 = "stablehlo.broadcast_in_dim"(%309) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
      %311 = "stablehlo.divide"(%305, %310) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %312 = "stablehlo.reshape"(%311) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %313 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %314 = "stablehlo.broadcast_in_dim"(%313) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
      %315 = "stablehlo.add"(%312, %314) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %316 = "stablehlo.rsqrt"(%315) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %317 = "stablehlo.reshape"(%316) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
      %318 = "stablehlo.broadcast_in_dim"(%317) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
      %319 = "stablehlo.multiply"(%302, %318) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %320 = "stablehlo.broadcast_in_dim"(%297) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
      %321 = "stablehlo.multiply"(%319, %320) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %322 = "stablehlo.dot_general"(%295, %321) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<172x64xf32>, tensor<2x1x64xf32>) -> tensor<172x2x1xf32>
      %323 = "stablehlo.transpose"(%322) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<172x2x1xf32>) -> tensor<2x1x172xf32>
      %324 = "stablehlo.logistic"(%323) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
      %325 = "stablehlo.multiply"(%323, %324) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>, tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
      %326 = "stablehlo.dot_general"(%294, %321) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<172x64xf32>, tensor<2x1x64xf32>) -> tensor<172x2x1xf32>
      %327 = "stablehlo.transpose"(%326) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<172x2x1xf32>) -> tensor<2x1x172xf32>
      %328 = "stablehlo.multiply"(%325, %327) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>, tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
      %329 = "stablehlo.dot_general"(%296, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<64x172xf32>, tensor<2x1x172xf32>) -> tensor<64x2x1xf32>
      %330 = "stablehlo.transpose"(%329) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<64x2x1xf32>) -> tensor<2x1x64xf32>
      %331 = "stablehlo.add"(%302, %330) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %332 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %333 = "stablehlo.dynamic_update_slice"(%298, %331, %332, %300, %332) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %334 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %335 = "stablehlo.add"(%291, %334) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%335, %292, %293, %294, %295, %296, %297, %333) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>)
    %337 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %338 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %339 = "stablehlo.broadcast_in_dim"(%338) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x64xf32>
    %340 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %341 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %380:5 = "stablehlo.while"(%341, %340, %336#7, %arg12, %339) ({
    ^bb0(%342: tensor<i32>, %343: tensor<i32>, %344: tensor<2x1x64xf32>, %345: tensor<64xf32>, %346: tensor<2x1x64xf32>):
      %347 = "stablehlo.compare"(%342, %343) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%347) : (tensor<i1>) -> ()
    }, {
    ^bb0(%348: tensor<i32>, %349: tensor<i32>, %350: tensor<2x1x64xf32>, %351: tensor<64xf32>, %352: tensor<2x1x64xf32>):
      %353 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %354 = "stablehlo.multiply"(%348, %353) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %355 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %356 = "stablehlo.dynamic_slice"(%350, %355, %354, %355) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %357 = "stablehlo.multiply"(%356, %356) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %358 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %359 = "stablehlo.reduce"(%357, %358) ({
      ^bb0(%360: tensor<f32>, %361: tensor<f32>):
        %362 = "stablehlo.add"(%360, %361) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%362) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %363 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %364 = "stablehlo.broadcast_in_dim"(%363) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
      %365 = "stablehlo.divide"(%359, %364) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %366 = "stablehlo.reshape"(%365) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %367 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %368 = "stablehlo.broadcast_in_dim"(%367) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
      %369 = "stablehlo.add"(%366, %368) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %370 = "stablehlo.rsqrt"(%369) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %371 = "stablehlo.reshape"(%370) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
      %372 = "stablehlo.broadcast_in_dim"(%371) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
      %373 = "stablehlo.multiply"(%356, %372) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %374 = "stablehlo.broadcast_in_dim"(%351) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
      %375 = "stablehlo.multiply"(%373, %374) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %376 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %377 = "stablehlo.dynamic_update_slice"(%352, %375, %376, %354, %376) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %378 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %379 = "stablehlo.add"(%348, %378) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%379, %349, %350, %351, %377) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<2x1x64xf32>)
    %381 = "stablehlo.reshape"(%arg1) {mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x1xi32>
    %382 = "stablehlo.dot_general"(%arg13, %380#4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<64x64xf32>, tensor<2x1x64xf32>) -> tensor<64x2x1xf32>
    %383 = "stablehlo.transpose"(%382) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<64x2x1xf32>) -> tensor<2x1x64xf32>
    %384 = "stablehlo.reshape"(%383) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
    %385 = "stablehlo.dot_general"(%arg14, %380#4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<32x64xf32>, tensor<2x1x64xf32>) -> tensor<32x2x1xf32>
    %386 = "stablehlo.transpose"(%385) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<32x2x1xf32>) -> tensor<2x1x32xf32>
    %387 = "stablehlo.reshape"(%386) {mhlo.sharding = "{manual}"} : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %388 = "stablehlo.dot_general"(%arg15, %380#4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<32x64xf32>, tensor<2x1x64xf32>) -> tensor<32x2x1xf32>
    %389 = "stablehlo.transpose"(%388) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<32x2x1xf32>) -> tensor<2x1x32xf32>
    %390 = "stablehlo.reshape"(%389) {mhlo.sharding = "{manual}"} : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %391 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
    %392 = "stablehlo.convert"(%381) {mhlo.sharding = "{manual}"} : (tensor<2x1xi32>) -> tensor<2x1xf32>
    %393 = "stablehlo.broadcast_in_dim"(%392) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x8xf32>
    %394 = "stablehlo.broadcast_in_dim"(%391) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<2x1x8xf32>
    %395 = "stablehlo.multiply"(%393, %394) {mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x8xf32>
    %396 = "stablehlo.concatenate"(%395, %395) {dimension = 2 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
    %397 = "stablehlo.cosine"(%396) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %398 = "stablehlo.broadcast_in_dim"(%397) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x4x16xf32>
    %399 = "stablehlo.sine"(%396) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %400 = "stablehlo.broadcast_in_dim"(%399) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x4x16xf32>
    %401 = "stablehlo.slice"(%384) {limit_indices = array<i64: 2, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
    %402 = "stablehlo.slice"(%384) {limit_indices = array<i64: 2, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
    %403 = "stablehlo.negate"(%402) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %404 = "stablehlo.concatenate"(%403, %401) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x16xf32>
    %405 = "stablehlo.multiply"(%384, %398) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %406 = "stablehlo.multiply"(%404, %400) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %407 = "stablehlo.add"(%405, %406) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %408 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
    %409 = "stablehlo.convert"(%381) {mhlo.sharding = "{manual}"} : (tensor<2x1xi32>) -> tensor<2x1xf32>
    %410 = "stablehlo.broadcast_in_dim"(%409) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x8xf32>
    %411 = "stablehlo.broadcast_in_dim"(%408) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<2x1x8xf32>
    %412 = "stablehlo.multiply"(%410, %411) {mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x8xf32>
    %413 = "stablehlo.concatenate"(%412, %412) {dimension = 2 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
    %414 = "stablehlo.cosine"(%413) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %415 = "stablehlo.broadcast_in_dim"(%414) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x2x16xf32>
    %416 = "stablehlo.sine"(%413) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %417 = "stablehlo.broadcast_in_dim"(%416) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x2x16xf32>
    %418 = "stablehlo.slice"(%387) {limit_indices = array<i64: 2, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
    %419 = "stablehlo.slice"(%387) {limit_indices = array<i64: 2, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
    %420 = "stablehlo.negate"(%419) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %421 = "stablehlo.concatenate"(%420, %418) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x16xf32>
    %422 = "stablehlo.multiply"(%387, %415) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
    %423 = "stablehlo.multiply"(%421, %417) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
    %424 = "stablehlo.add"(%422, %423) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
    %425 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %426 = "stablehlo.broadcast_in_dim"(%425) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %427 = "stablehlo.multiply"(%407, %426) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %428 = "stablehlo.reshape"(%427) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x2x2x16xf32>
    %429 = "stablehlo.reshape"(%428) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x2x16xf32>) -> tensor<2x2x2x1x16xf32>
    %430 = "stablehlo.reshape"(%424) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %431 = "stablehlo.reshape"(%390) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %432 = "stablehlo.broadcast_in_dim"(%4) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %433 = "stablehlo.compare"(%37, %432) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %434 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %435 = "stablehlo.broadcast_in_dim"(%434) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %436 = "stablehlo.select"(%433, %41, %435) {mhlo.sharding = "{manual}"} : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %437 = "stablehlo.broadcast_in_dim"(%337) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2x1xi32>
    %438 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<2x1xi32>
    %439 = "stablehlo.reshape"(%436) {mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x1xi32>
    %440 = "stablehlo.concatenate"(%437, %438, %439) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1xi32>, tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x3xi32>
    %441 = "stablehlo.reshape"(%430) {mhlo.sharding = "{manual}"} : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %442 = "stablehlo.scatter"(%245#3, %440, %441) ({
    ^bb0(%443: tensor<f32>, %444: tensor<f32>):
      "stablehlo.return"(%444) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1, 3], scatter_dims_to_operand_dims = [0, 1, 3], index_vector_dim = 1>, unique_indices = false, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<2x3xi32>, tensor<2x2x16xf32>) -> tensor<2x2x2x16x16xf32>
    %445 = "stablehlo.reshape"(%431) {mhlo.sharding = "{manual}"} : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %446 = "stablehlo.scatter"(%245#4, %440, %445) ({
    ^bb0(%447: tensor<f32>, %448: tensor<f32>):
      "stablehlo.return"(%448) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1, 3], scatter_dims_to_operand_dims = [0, 1, 3], index_vector_dim = 1>, unique_indices = false, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<2x3xi32>, tensor<2x2x16xf32>) -> tensor<2x2x2x16x16xf32>
    %449 = "stablehlo.reshape"(%429) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1x16xf32>) -> tensor<2x2x2x16xf32>
    %450 = "stablehlo.slice"(%24) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
    %451 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %452 = "stablehlo.reduce"(%arg1, %451) ({
    ^bb0(%453: tensor<i32>, %454: tensor<i32>):
      %455 = "stablehlo.maximum"(%453, %454) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%455) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
    %456 = "stablehlo.broadcast_in_dim"(%452) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
    %457 = "stablehlo.compare"(%450, %456) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %458 = "stablehlo.convert"(%457) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
    %459 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %460 = "stablehlo.reduce"(%458, %459) ({
    ^bb0(%461: tensor<i32>, %462: tensor<i32>):
      %463 = "stablehlo.add"(%461, %462) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%463) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
    %464 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %465 = "stablehlo.broadcast_in_dim"(%464) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
    %466 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %467 = "stablehlo.broadcast_in_dim"(%466) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
    %468 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %469 = "stablehlo.broadcast_in_dim"(%468) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2x16xf32>
    %470 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %540:11 = "stablehlo.while"(%470, %460, %449, %442, %446, %337, %24, %arg1, %465, %467, %469) ({
    ^bb0(%471: tensor<i32>, %472: tensor<i32>, %473: tensor<2x2x2x16xf32>, %474: tensor<2x2x2x16x16xf32>, %475: tensor<2x2x2x16x16xf32>, %476: tensor<i32>, %477: tensor<16xi32>, %478: tensor<2xi32>, %479: tensor<2x2x2xf32>, %480: tensor<2x2x2xf32>, %481: tensor<2x2x2x16xf32>):
      %482 = "stablehlo.compare"(%471, %472) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%482) : (tensor<i1>) -> ()
    }, {
    ^bb0(%483: tensor<i32>, %484: tensor<i32>, %485: tensor<2x2x2x16xf32>, %486: tensor<2x2x2x16x16xf32>, %487: tensor<2x2x2x16x16xf32>, %488: tensor<i32>, %489: tensor<16xi32>, %490: tensor<2xi32>, %491: tensor<2x2x2xf32>, %492: tensor<2x2x2xf32>, %493: tensor<2x2x2x16xf32>):
      %494 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %495 = "stablehlo.multiply"(%483, %494) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %496 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %497 = "stablehlo.dynamic_slice"(%486, %488, %496, %496, %495, %496) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
      %498 = "stablehlo.reshape"(%497) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<2x2x8x16xf32>
      %499 = "stablehlo.dynamic_slice"(%487, %488, %496, %496, %495, %496) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
      %500 = "stablehlo.reshape"(%499) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<2x2x8x16xf32>
      %501 = "stablehlo.dot_general"(%485, %498) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x8x16xf32>) -> tensor<2x2x2x8xf32>
      %502 = "stablehlo.dynamic_slice"(%489, %495) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
      %503 = "stablehlo.broadcast_in_dim"(%502) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8xi32>
      %504 = "stablehlo.broadcast_in_dim"(%490) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x8xi32>
      %505 = "stablehlo.compare"(%503, %504) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2x8xi32>, tensor<2x8xi32>) -> tensor<2x8xi1>
      %506 = "stablehlo.broadcast_in_dim"(%505) {broadcast_dimensions = array<i64: 0, 3>, mhlo.sharding = "{manual}"} : (tensor<2x8xi1>) -> tensor<2x2x2x8xi1>
      %507 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %508 = "stablehlo.broadcast_in_dim"(%507) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2x8xf32>
      %509 = "stablehlo.select"(%506, %501, %508) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xi1>, tensor<2x2x2x8xf32>, tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
      %510 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %511 = "stablehlo.reduce"(%509, %510) ({
      ^bb0(%512: tensor<f32>, %513: tensor<f32>):
        %514 = "stablehlo.maximum"(%512, %513) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%514) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<f32>) -> tensor<2x2x2xf32>
      %515 = "stablehlo.maximum"(%491, %511) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %516 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %517 = "stablehlo.broadcast_in_dim"(%516) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %518 = "stablehlo.compare"(%515, %517) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xi1>
      %519 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %520 = "stablehlo.broadcast_in_dim"(%519) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %521 = "stablehlo.select"(%518, %520, %515) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xi1>, tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %522 = "stablehlo.broadcast_in_dim"(%521) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x8xf32>
      %523 = "stablehlo.subtract"(%509, %522) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
      %524 = "stablehlo.exponential"(%523) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
      %525 = "stablehlo.subtract"(%491, %521) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %526 = "stablehlo.exponential"(%525) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %527 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %528 = "stablehlo.reduce"(%524, %527) ({
      ^bb0(%529: tensor<f32>, %530: tensor<f32>):
        %531 = "stablehlo.add"(%529, %530) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%531) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<f32>) -> tensor<2x2x2xf32>
      %532 = "stablehlo.multiply"(%492, %526) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %533 = "stablehlo.add"(%532, %528) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %534 = "stablehlo.dot_general"(%524, %500) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<2x2x8x16xf32>) -> tensor<2x2x2x16xf32>
      %535 = "stablehlo.broadcast_in_dim"(%526) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
      %536 = "stablehlo.multiply"(%493, %535) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
      %537 = "stablehlo.add"(%536, %534) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
      %538 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %539 = "stablehlo.add"(%483, %538) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%539, %484, %485, %486, %487, %488, %489, %490, %515, %533, %537) : (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>)
    %541 = "stablehlo.all_reduce"(%540#8) ({
    ^bb0(%542: tensor<f32>, %543: tensor<f32>):
      %544 = "stablehlo.maximum"(%542, %543) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%544) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 3, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %545 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %546 = "stablehlo.broadcast_in_dim"(%545) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
    %547 = "stablehlo.compare"(%541, %546) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xi1>
    %548 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %549 = "stablehlo.broadcast_in_dim"(%548) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
    %550 = "stablehlo.select"(%547, %549, %541) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xi1>, tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %551 = "stablehlo.subtract"(%540#8, %550) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %552 = "stablehlo.exponential"(%551) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %553 = "stablehlo.broadcast_in_dim"(%552) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
    %554 = "stablehlo.multiply"(%540#10, %553) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %555 = "stablehlo.multiply"(%540#9, %552) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %556 = "stablehlo.reshape"(%555) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x1xf32>
    %557 = "stablehlo.concatenate"(%554, %556) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x1xf32>) -> tensor<2x2x2x17xf32>
    %558 = "stablehlo.all_reduce"(%557) ({
    ^bb0(%559: tensor<f32>, %560: tensor<f32>):
      %561 = "stablehlo.add"(%559, %560) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%561) : (tensor<f32>) -> ()
    }) {channel_handle = #stablehlo.channel_handle<handle = 4, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x17xf32>
    %562 = "stablehlo.slice"(%558) {limit_indices = array<i64: 2, 2, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x16xf32>
    %563 = "stablehlo.slice"(%558) {limit_indices = array<i64: 2, 2, 2, 17>, start_indices = array<i64: 0, 0, 0, 16>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x1xf32>
    %564 = "stablehlo.reshape"(%563) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1xf32>) -> tensor<2x2x2xf32>
    %565 = "stablehlo.broadcast_in_dim"(%564) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
    %566 = "stablehlo.divide"(%562, %565) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %567 = "stablehlo.reshape"(%566) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>) -> tensor<2x2x2x1x16xf32>
    %568 = "stablehlo.reshape"(%567) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1x16xf32>) -> tensor<2x1x2x2x16xf32>
    %569 = "stablehlo.reshape"(%568) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x2x16xf32>) -> tensor<2x1x64xf32>
    %570 = "stablehlo.dot_general"(%arg16, %569) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<64x64xf32>, tensor<2x1x64xf32>) -> tensor<64x2x1xf32>
    %571 = "stablehlo.transpose"(%570) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<64x2x1xf32>) -> tensor<2x1x64xf32>
    %572 = "stablehlo.add"(%336#7, %571) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %573 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %574 = "stablehlo.broadcast_in_dim"(%573) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x64xf32>
    %575 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %576 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %631:8 = "stablehlo.while"(%576, %575, %572, %arg18, %arg19, %arg20, %arg17, %574) ({
    ^bb0(%577: tensor<i32>, %578: tensor<i32>, %579: tensor<2x1x64xf32>, %580: tensor<172x64xf32>, %581: tensor<172x64xf32>, %582: tensor<64x172xf32>, %583: tensor<64xf32>, %584: tensor<2x1x64xf32>):
      %585 = "stablehlo.compare"(%577, %578) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%585) : (tensor<i1>) -> ()
    }, {
    ^bb0(%586: tensor<i32>, %587: tensor<i32>, %588: tensor<2x1x64xf32>, %589: tensor<172x64xf32>, %590: tensor<172x64xf32>, %591: tensor<64x172xf32>, %592: tensor<64xf32>, %593: tensor<2x1x64xf32>):
      %594 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %595 = "stablehlo.multiply"(%586, %594) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %596 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %597 = "stablehlo.dynamic_slice"(%588, %596, %595, %596) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %598 = "stablehlo.multiply"(%597, %597) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %599 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %600 = "stablehlo.reduce"(%598, %599) ({
      ^bb0(%601: tensor<f32>, %602: tensor<f32>):
        %603 = "stablehlo.add"(%601, %602) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%603) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %604 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %605 = "stablehlo.broadcast_in_dim"(%604) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
      %606 = "stablehlo.divide"(%600, %605) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %607 = "stablehlo.reshape"(%606) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %608 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %609 = "stablehlo.broadcast_in_dim"(%608) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
      %610 = "stablehlo.add"(%607, %609) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %611 = "stablehlo.rsqrt"(%610) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %612 = "stablehlo.reshape"(%611) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
      %613 = "stablehlo.broadcast_in_dim"(%612) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
      %614 = "stablehlo.multiply"(%597, %613) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %615 = "stablehlo.broadcast_in_dim"(%592) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
      %616 = "stablehlo.multiply"(%614, %615) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %617 = "stablehlo.dot_general"(%590, %616) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<172x64xf32>, tensor<2x1x64xf32>) -> tensor<172x2x1xf32>
      %618 = "stablehlo.transpose"(%617) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<172x2x1xf32>) -> tensor<2x1x172xf32>
      %619 = "stablehlo.logistic"(%618) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
      %620 = "stablehlo.multiply"(%618, %619) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>, tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
      %621 = "stablehlo.dot_general"(%589, %616) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<172x64xf32>, tensor<2x1x64xf32>) -> tensor<172x2x1xf32>
      %622 = "stablehlo.transpose"(%621) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<172x2x1xf32>) -> tensor<2x1x172xf32>
      %623 = "stablehlo.multiply"(%620, %622) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>, tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
      %624 = "stablehlo.dot_general"(%591, %623) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<64x172xf32>, tensor<2x1x172xf32>) -> tensor<64x2x1xf32>
      %625 = "stablehlo.transpose"(%624) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<64x2x1xf32>) -> tensor<2x1x64xf32>
      %626 = "stablehlo.add"(%597, %625) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %627 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %628 = "stablehlo.dynamic_update_slice"(%593, %626, %627, %595, %627) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %629 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %630 = "stablehlo.add"(%586, %629) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%630, %587, %588, %589, %590, %591, %592, %628) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>)
    %632 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %633 = "stablehlo.broadcast_in_dim"(%632) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x256xf32>
    %634 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %635 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %678:6 = "stablehlo.while"(%635, %634, %631#7, %arg21, %arg22, %633) ({
    ^bb0(%636: tensor<i32>, %637: tensor<i32>, %638: tensor<2x1x64xf32>, %639: tensor<64xf32>, %640: tensor<256x64xf32>, %641: tensor<2x1x256xf32>):
      %642 = "stablehlo.compare"(%636, %637) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%642) : (tensor<i1>) -> ()
    }, {
    ^bb0(%643: tensor<i32>, %644: tensor<i32>, %645: tensor<2x1x64xf32>, %646: tensor<64xf32>, %647: tensor<256x64xf32>, %648: tensor<2x1x256xf32>):
      %649 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %650 = "stablehlo.multiply"(%643, %649) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %651 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %652 = "stablehlo.dynamic_slice"(%645, %651, %650, %651) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %653 = "stablehlo.multiply"(%652, %652) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %654 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %655 = "stablehlo.reduce"(%653, %654) ({
      ^bb0(%656: tensor<f32>, %657: tensor<f32>):
        %658 = "stablehlo.add"(%656, %657) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%658) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %659 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %660 = "stablehlo.broadcast_in_dim"(%659) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
      %661 = "stablehlo.divide"(%655, %660) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %662 = "stablehlo.reshape"(%661) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %663 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %664 = "stablehlo.broadcast_in_dim"(%663) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
      %665 = "stablehlo.add"(%662, %664) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %666 = "stablehlo.rsqrt"(%665) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %667 = "stablehlo.reshape"(%666) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
      %668 = "stablehlo.broadcast_in_dim"(%667) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
      %669 = "stablehlo.multiply"(%652, %668) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %670 = "stablehlo.broadcast_in_dim"(%646) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
      %671 = "stablehlo.multiply"(%669, %670) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %672 = "stablehlo.dot_general"(%647, %671) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<2x1x64xf32>) -> tensor<256x2x1xf32>
      %673 = "stablehlo.transpose"(%672) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<256x2x1xf32>) -> tensor<2x1x256xf32>
      %674 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %675 = "stablehlo.dynamic_update_slice"(%648, %673, %674, %650, %674) {mhlo.sharding = "{manual}"} : (tensor<2x1x256xf32>, tensor<2x1x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x256xf32>
      %676 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %677 = "stablehlo.add"(%643, %676) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%677, %644, %645, %646, %647, %675) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<2x1x256xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<2x1x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<2x1x256xf32>)
    %679 = "stablehlo.reshape"(%678#5) {mhlo.sharding = "{manual}"} : (tensor<2x1x256xf32>) -> tensor<2x256xf32>
    return %679, %540#3, %540#4 : tensor<2x256xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>
  }
}
