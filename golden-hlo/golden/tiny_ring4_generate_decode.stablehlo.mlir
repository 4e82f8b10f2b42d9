module @tiny_ring4_generate_decode attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x1xi32> {mhlo.sharding = "{manual}"}, %arg1: tensor<2xi32> {mhlo.sharding = "{manual}"}, %arg2: tensor<256x64xf32> {mhlo.sharding = "{manual}"}, %arg3: tensor<2x64xf32> {mhlo.sharding = "{manual}"}, %arg4: tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, %arg5: tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, %arg6: tensor<2x32x64xf32> {mhlo.sharding = "{manual}"}, %arg7: tensor<2x64x64xf32> {mhlo.sharding = "{manual}"}, %arg8: tensor<2x64xf32> {mhlo.sharding = "{manual}"}, %arg9: tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, %arg10: tensor<2x172x64xf32> {mhlo.sharding = "{manual}"}, %arg11: tensor<2x64x172xf32> {mhlo.sharding = "{manual}"}, %arg12: tensor<64xf32> {mhlo.sharding = "{manual}"}, %arg13: tensor<256x64xf32> {mhlo.sharding = "{manual}"}, %arg14: tensor<2x2x2x16x16xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 1 : i32}, %arg15: tensor<2x2x2x16x16xf32> {mhlo.sharding = "{manual}", tf.aliasing_output = 2 : i32}) -> (tensor<2x256xf32> {mhlo.sharding = "{manual}"}, tensor<2x2x2x16x16xf32> {mhlo.sharding = "{manual}"}, tensor<2x2x2x16x16xf32> {mhlo.sharding = "{manual}"}) {
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
    %42 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %43 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %406:19 = "stablehlo.while"(%43, %42, %0, %arg14, %arg15, %arg1, %24, %37, %41, %4, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11) ({
    ^bb0(%44: tensor<i32>, %45: tensor<i32>, %46: tensor<2x1x64xf32>, %47: tensor<2x2x2x16x16xf32>, %48: tensor<2x2x2x16x16xf32>, %49: tensor<2xi32>, %50: tensor<16xi32>, %51: tensor<2xi32>, %52: tensor<2xi32>, %53: tensor<i32>, %54: tensor<2x64xf32>, %55: tensor<2x64x64xf32>, %56: tensor<2x32x64xf32>, %57: tensor<2x32x64xf32>, %58: tensor<2x64x64xf32>, %59: tensor<2x64xf32>, %60: tensor<2x172x64xf32>, %61: tensor<2x172x64xf32>, %62: tensor<2x64x172xf32>):
      %63 = "stablehlo.compare"(%44, %45) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%63) : (tensor<i1>) -> ()
    }, {
    ^bb0(%64: tensor<i32>, %65: tensor<i32>, %66: tensor<2x1x64xf32>, %67: tensor<2x2x2x16x16xf32>, %68: tensor<2x2x2x16x16xf32>, %69: tensor<2xi32>, %70: tensor<16xi32>, %71: tensor<2xi32>, %72: tensor<2xi32>, %73: tensor<i32>, %74: tensor<2x64xf32>, %75: tensor<2x64x64xf32>, %76: tensor<2x32x64xf32>, %77: tensor<2x32x64xf32>, %78: tensor<2x64x64xf32>, %79: tensor<2x64xf32>, %80: tensor<2x172x64xf32>, %81: tensor<2x172x64xf32>, %82: tensor<2x64x172xf32>):
      %83 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %84 = "stablehlo.dynamic_slice"(%74, %64, %83) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %85 = "stablehlo.reshape"(%84) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>) -> tensor<64xf32>
      %86 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %87 = "stablehlo.dynamic_slice"(%75, %64, %86, %86) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %88 = "stablehlo.reshape"(%87) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %89 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %90 = "stablehlo.dynamic_slice"(%76, %64, %89, %89) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %91 = "stablehlo.reshape"(%90) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %92 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %93 = "stablehlo.dynamic_slice"(%77, %64, %92, %92) {slice_sizes = array<i64: 1, 32, 64>, mhlo.sharding = "{manual}"} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %94 = "stablehlo.reshape"(%93) {mhlo.sharding = "{manual}"} : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %95 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %96 = "stablehlo.dynamic_slice"(%78, %64, %95, %95) {slice_sizes = array<i64: 1, 64, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %97 = "stablehlo.reshape"(%96) {mhlo.sharding = "{manual}"} : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %98 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %99 = "stablehlo.dynamic_slice"(%79, %64, %98) {slice_sizes = array<i64: 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %100 = "stablehlo.reshape"(%99) {mhlo.sharding = "{manual}"} : (tensor<1x64xf32>) -> tensor<64xf32>
      %101 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %102 = "stablehlo.dynamic_slice"(%80, %64, %101, %101) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %103 = "stablehlo.reshape"(%102) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %104 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %105 = "stablehlo.dynamic_slice"(%81, %64, %104, %104) {slice_sizes = array<i64: 1, 172, 64>, mhlo.sharding = "{manual}"} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %106 = "stablehlo.reshape"(%105) {mhlo.sharding = "{manual}"} : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %107 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %108 = "stablehlo.dynamic_slice"(%82, %64, %107, %107) {slice_sizes = array<i64: 1, 64, 172>, mhlo.sharding = "{manual}"} : (tensor<2x64x172xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x172xf32>
      %109 = "stablehlo.reshape"(%108) {mhlo.sharding = "{manual}"} : (tensor<1x64x172xf32>) -> tensor<64x172xf32>
      %110 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %111 = "stablehlo.broadcast_in_dim"(%110) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x64xf32>
      %112 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %113 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %152:5 = "stablehlo.while"(%113, %112, %66, %85, %111) ({
      ^bb0(%114: tensor<i32>, %115: tensor<i32>, %116: tensor<2x1x64xf32>, %117: tensor<64xf32>, %118: tensor<2x1x64xf32>):
        %119 = "stablehlo.compare"(%114, %115) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%119) : (tensor<i1>) -> ()
      }, {
      ^bb0(%120: tensor<i32>, %121: tensor<i32>, %122: tensor<2x1x64xf32>, %123: tensor<64xf32>, %124: tensor<2x1x64xf32>):
        %125 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %126 = "stablehlo.multiply"(%120, %125) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %127 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %128 = "stablehlo.dynamic_slice"(%122, %127, %126, %127) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
        %129 = "stablehlo.multiply"(%128, %128) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %130 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %131 = "stablehlo.reduce"(%129, %130) ({
        ^bb0(%132: tensor<f32>, %133: tensor<f32>):
          %134 = "stablehlo.add"(%132, %133) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%134) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
        %135 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %136 = "stablehlo.broadcast_in_dim"(%135) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
        %137 = "stablehlo.divide"(%131, %136) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %138 = "stablehlo.reshape"(%137) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
        %139 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %140 = "stablehlo.broadcast_in_dim"(%139) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
        %141 = "stablehlo.add"(%138, %140) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
        %142 = "stablehlo.rsqrt"(%141) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
        %143 = "stablehlo.reshape"(%142) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
        %144 = "stablehlo.broadcast_in_dim"(%143) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
        %145 = "stablehlo.multiply"(%128, %144) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %146 = "stablehlo.broadcast_in_dim"(%123) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
        %147 = "stablehlo.multiply"(%145, %146) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %148 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %149 = "stablehlo.dynamic_update_slice"(%124, %147, %148, %126, %148) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
        %150 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %151 = "stablehlo.add"(%120, %150) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%151, %121, %122, %123, %149) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<2x1x64xf32>)
      %153 = "stablehlo.reshape"(%69) {mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x1xi32>
      %154 = "stablehlo.dot_general"(%88, %152#4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<64x64xf32>, tensor<2x1x64xf32>) -> tensor<64x2x1xf32>
      %155 = "stablehlo.transpose"(%154) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<64x2x1xf32>) -> tensor<2x1x64xf32>
      %156 = "stablehlo.reshape"(%155) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
      %157 = "stablehlo.dot_general"(%91, %152#4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<32x64xf32>, tensor<2x1x64xf32>) -> tensor<32x2x1xf32>
      %158 = "stablehlo.transpose"(%157) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<32x2x1xf32>) -> tensor<2x1x32xf32>
      %159 = "stablehlo.reshape"(%158) {mhlo.sharding = "{manual}"} : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
      %160 = "stablehlo.dot_general"(%94, %152#4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<32x64xf32>, tensor<2x1x64xf32>) -> tensor<32x2x1xf32>
      %161 = "stablehlo.transpose"(%160) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<32x2x1xf32>) -> tensor<2x1x32xf32>
      %162 = "stablehlo.reshape"(%161) {mhlo.sharding = "{manual}"} : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
      %163 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %164 = "stablehlo.convert"(%153) {mhlo.sharding = "{manual}"} : (tensor<2x1xi32>) -> tensor<2x1xf32>
      %165 = "stablehlo.broadcast_in_dim"(%164) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x8xf32>
      %166 = "stablehlo.broadcast_in_dim"(%163) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<2x1x8xf32>
      %167 = "stablehlo.multiply"(%165, %166) {mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x8xf32>
      %168 = "stablehlo.concatenate"(%167, %167) {dimension = 2 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
      %169 = "stablehlo.cosine"(%168) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
      %170 = "stablehlo.broadcast_in_dim"(%169) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x4x16xf32>
      %171 = "stablehlo.sine"(%168) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
      %172 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x4x16xf32>
      %173 = "stablehlo.slice"(%156) {limit_indices = array<i64: 2, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
      %174 = "stablehlo.slice"(%156) {limit_indices = array<i64: 2, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
      %175 = "stablehlo.negate"(%174) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %176 = "stablehlo.concatenate"(%175, %173) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x16xf32>
      %177 = "stablehlo.multiply"(%156, %170) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %178 = "stablehlo.multiply"(%176, %172) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %179 = "stablehlo.add"(%177, %178) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %180 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %181 = "stablehlo.convert"(%153) {mhlo.sharding = "{manual}"} : (tensor<2x1xi32>) -> tensor<2x1xf32>
      %182 = "stablehlo.broadcast_in_dim"(%181) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x8xf32>
      %183 = "stablehlo.broadcast_in_dim"(%180) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<2x1x8xf32>
      %184 = "stablehlo.multiply"(%182, %183) {mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x8xf32>
      %185 = "stablehlo.concatenate"(%184, %184) {dimension = 2 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
      %186 = "stablehlo.cosine"(%185) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
      %187 = "stablehlo.broadcast_in_dim"(%186) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x2x16xf32>
      %188 = "stablehlo.sine"(%185) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
      %189 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x2x16xf32>
      %190 = "stablehlo.slice"(%159) {limit_indices = array<i64: 2, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
      %191 = "stablehlo.slice"(%159) {limit_indices = array<i64: 2, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
      %192 = "stablehlo.negate"(%191) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %193 = "stablehlo.concatenate"(%192, %190) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x16xf32>
      %194 = "stablehlo.multiply"(%159, %187) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
      %195 = "stablehlo.multiply"(%193, %189) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
      %196 = "stablehlo.add"(%194, %195) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
      %197 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %198 = "stablehlo.broadcast_in_dim"(%197) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x4x16xf32>
      %199 = "stablehlo.multiply"(%179, %198) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %200 = "stablehlo.reshape"(%199) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x2x2x16xf32>
      %201 = "stablehlo.transpose"(%200) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x2x16xf32>) -> tensor<2x2x2x1x16xf32>
      %202 = "stablehlo.transpose"(%196) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
      %203 = "stablehlo.transpose"(%162) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
      %204 = "stablehlo.broadcast_in_dim"(%73) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
      %205 = "stablehlo.compare"(%71, %204) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %206 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %207 = "stablehlo.broadcast_in_dim"(%206) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
      %208 = "stablehlo.select"(%205, %72, %207) {mhlo.sharding = "{manual}"} : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %209 = "stablehlo.broadcast_in_dim"(%64) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2x1xi32>
      %210 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<2x1xi32>
      %211 = "stablehlo.reshape"(%208) {mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x1xi32>
      %212 = "stablehlo.concatenate"(%209, %210, %211) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1xi32>, tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x3xi32>
      %213 = "stablehlo.reshape"(%202) {mhlo.sharding = "{manual}"} : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
      %214 = "stablehlo.scatter"(%67, %212, %213) ({
      ^bb0(%215: tensor<f32>, %216: tensor<f32>):
        "stablehlo.return"(%216) : (tensor<f32>) -> ()
      }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1, 3], scatter_dims_to_operand_dims = [0, 1, 3], index_vector_dim = 1>, unique_indices = false, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<2x3xi32>, tensor<2x2x16xf32>) -> tensor<2x2x2x16x16xf32>
      %217 = "stablehlo.reshape"(%203) {mhlo.sharding = "{manual}"} : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
      %218 = "stablehlo.scatter"(%68, %212, %217) ({
      ^bb0(%219: tensor<f32>, %220: tensor<f32>):
        "stablehlo.return"(%220) : (tensor<f32>) -> ()
      }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1, 3], scatter_dims_to_operand_dims = [0, 1, 3], index_vector_dim = 1>, unique_indices = false, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<2x3xi32>, tensor<2x2x16xf32>) -> tensor<2x2x2x16x16xf32>
      %221 = "stablehlo.reshape"(%201) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1x16xf32>) -> tensor<2x2x2x16xf32>
      %222 = "stablehlo.slice"(%70) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
      %223 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %224 = "stablehlo.reduce"(%69, %223) ({
      ^bb0(%225: tensor<i32>, %226: tensor<i32>):
        %227 = "stablehlo.maximum"(%225, %226) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%227) : (tensor<i32>) -> ()
      }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %228 = "stablehlo.broadcast_in_dim"(%224) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
      %229 = "stablehlo.compare"(%222, %228) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %230 = "stablehlo.convert"(%229) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
      %231 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %232 = "stablehlo.reduce"(%230, %231) ({
      ^bb0(%233: tensor<i32>, %234: tensor<i32>):
        %235 = "stablehlo.add"(%233, %234) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%235) : (tensor<i32>) -> ()
      }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %236 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %237 = "stablehlo.broadcast_in_dim"(%236) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %238 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %239 = "stablehlo.broadcast_in_dim"(%238) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %240 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %241 = "stablehlo.broadcast_in_dim"(%240) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2x16xf32>
      %242 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %312:11 = "stablehlo.while"(%242, %232, %221, %214, %218, %64, %70, %69, %237, %239, %241) ({
      ^bb0(%243: tensor<i32>, %244: tensor<i32>, %245: tensor<2x2x2x16xf32>, %246: tensor<2x2x2x16x16xf32>, %247: tensor<2x2x2x16x16xf32>, %248: tensor<i32>, %249: tensor<16xi32>, %250: tensor<2xi32>, %251: tensor<2x2x2xf32>, %252: tensor<2x2x2xf32>, %253: tensor<2x2x2x16xf32>):
        %254 = "stablehlo.compare"(%243, %244) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%254) : (tensor<i1>) -> ()
      }, {
      ^bb0(%255: tensor<i32>, %256: tensor<i32>, %257: tensor<2x2x2x16xf32>, %258: tensor<2x2x2x16x16xf32>, %259: tensor<2x2x2x16x16xf32>, %260: tensor<i32>, %261: tensor<16xi32>, %262: tensor<2xi32>, %263: tensor<2x2x2xf32>, %264: tensor<2x2x2xf32>, %265: tensor<2x2x2x16xf32>):
        %266 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %267 = "stablehlo.multiply"(%255, %266) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %268 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %269 = "stablehlo.dynamic_slice"(%258, %260, %268, %268, %267, %268) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %270 = "stablehlo.reshape"(%269) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<2x2x8x16xf32>
        %271 = "stablehlo.dynamic_slice"(%259, %260, %268, %268, %267, %268) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %272 = "stablehlo.reshape"(%271) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<2x2x8x16xf32>
        %273 = "stablehlo.dot_general"(%257, %270) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x8x16xf32>) -> tensor<2x2x2x8xf32>
        %274 = "stablehlo.dynamic_slice"(%261, %267) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
        %275 = "stablehlo.broadcast_in_dim"(%274) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8xi32>
        %276 = "stablehlo.broadcast_in_dim"(%262) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x8xi32>
        %277 = "stablehlo.compare"(%275, %276) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2x8xi32>, tensor<2x8xi32>) -> tensor<2x8xi1>
        %278 = "stablehlo.broadcast_in_dim"(%277) {broadcast_dimensions = array<i64: 0, 3>, mhlo.sharding = "{manual}"} : (tensor<2x8xi1>) -> tensor<2x2x2x8xi1>
        %279 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %280 = "stablehlo.broadcast_in_dim"(%279) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2x8xf32>
        %281 = "stablehlo.select"(%278, %273, %280) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xi1>, tensor<2x2x2x8xf32>, tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
        %282 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %283 = "stablehlo.reduce"(%281, %282) ({
        ^bb0(%284: tensor<f32>, %285: tensor<f32>):
          %286 = "stablehlo.maximum"(%284, %285) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%286) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<f32>) -> tensor<2x2x2xf32>
        %287 = "stablehlo.maximum"(%263, %283) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %288 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %289 = "stablehlo.broadcast_in_dim"(%288) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
        %290 = "stablehlo.compare"(%287, %289) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xi1>
        %291 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %292 = "stablehlo.broadcast_in_dim"(%291) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
        %293 = "stablehlo.select"(%290, %292, %287) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xi1>, tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %294 = "stablehlo.broadcast_in_dim"(%293) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x8xf32>
        %295 = "stablehlo.subtract"(%281, %294) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
        %296 = "stablehlo.exponential"(%295) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
        %297 = "stablehlo.subtract"(%263, %293) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %298 = "stablehlo.exponential"(%297) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %299 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %300 = "stablehlo.reduce"(%296, %299) ({
        ^bb0(%301: tensor<f32>, %302: tensor<f32>):
          %303 = "stablehlo.add"(%301, %302) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%303) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<f32>) -> tensor<2x2x2xf32>
        %304 = "stablehlo.multiply"(%264, %298) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %305 = "stablehlo.add"(%304, %300) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %306 = "stablehlo.dot_general"(%296, %272) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<2x2x8x16xf32>) -> tensor<2x2x2x16xf32>
        %307 = "stablehlo.broadcast_in_dim"(%298) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
        %308 = "stablehlo.multiply"(%265, %307) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
        %309 = "stablehlo.add"(%308, %306) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
        %310 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %311 = "stablehlo.add"(%255, %310) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%311, %256, %257, %258, %259, %260, %261, %262, %287, %305, %309) : (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>)
      %313 = "stablehlo.all_reduce"(%312#8) ({
      ^bb0(%314: tensor<f32>, %315: tensor<f32>):
        %316 = "stablehlo.maximum"(%314, %315) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%316) : (tensor<f32>) -> ()
      }) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %317 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %318 = "stablehlo.broadcast_in_dim"(%317) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %319 = "stablehlo.compare"(%313, %318) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xi1>
      %320 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %321 = "stablehlo.broadcast_in_dim"(%320) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %322 = "stablehlo.select"(%319, %321, %313) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xi1>, tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %323 = "stablehlo.subtract"(%312#8, %322) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %324 = "stablehlo.exponential"(%323) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %325 = "stablehlo.broadcast_in_dim"(%324) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
      %326 = "stablehlo.multiply"(%312#10, %325) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
      %327 = "stablehlo.multiply"(%312#9, %324) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %328 = "stablehlo.reshape"(%327) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x1xf32>
      %329 = "stablehlo.concatenate"(%326, %328) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x1xf32>) -> tensor<2x2x2x17xf32>
      %330 = "stablehlo.all_reduce"(%329) ({
      ^bb0(%331: tensor<f32>, %332: tensor<f32>):
        %333 = "stablehlo.add"(%331, %332) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%333) : (tensor<f32>) -> ()
      }) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x17xf32>
      %334 = "stablehlo.slice"(%330) {limit_indices = array<i64: 2, 2, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x16xf32>
      %335 = "stablehlo.slice"(%330) {limit_indices = array<i64: 2, 2, 2, 17>, start_indices = array<i64: 0, 0, 0, 16>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x1xf32>
      %336 = "stablehlo.reshape"(%335) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1xf32>) -> tensor<2x2x2xf32>
      %337 = "stablehlo.broadcast_in_dim"(%336) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
      %338 = "stablehlo.divide"(%334, %337) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
      %339 = "stablehlo.reshape"(%338) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>) -> tensor<2x2x2x1x16xf32>
      %340 = "stablehlo.transpose"(%339) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x1x16xf32>) -> tensor<2x1x2x2x16xf32>
      %341 = "stablehlo.reshape"(%340) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x2x16xf32>) -> tensor<2x1x64xf32>
      %342 = "stablehlo.dot_general"(%97, %341) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<64x64xf32>, tensor<2x1x64xf32>) -> tensor<64x2x1xf32>
      %343 = "stablehlo.transpose"(%342) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<64x2x1xf32>) -> tensor<2x1x64xf32>
      %344 = "stablehlo.add"(%66, %343) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %345 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %346 = "stablehlo.broadcast_in_dim"(%345) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x64xf32>
      %347 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %348 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %403:8 = "stablehlo.while"(%348, %347, %344, %103, %106, %109, %100, %346) ({
      ^bb0(%349: tensor<i32>, %350: tensor<i32>, %351: tensor<2x1x64xf32>, %352: tensor<172x64xf32>, %353: tensor<172x64xf32>, %354: tensor<64x172xf32>, %355: tensor<64xf32>, %356: tensor<2x1x64xf32>):
        %357 = "stablehlo.compare"(%349, %350) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%357) : (tensor<i1>) -> ()
      }, {
      ^bb0(%358: tensor<i32>, %359: tensor<i32>, %360: tensor<2x1x64xf32>, %361: tensor<172x64xf32>, %362: tensor<172x64xf32>, %363: tensor<64x172xf32>, %364: tensor<64xf32>, %365: tensor<2x1x64xf32>):
        %366 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %367 = "stablehlo.multiply"(%358, %366) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %368 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %369 = "stablehlo.dynamic_slice"(%360, %368, %367, %368) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
        %370 = "stablehlo.multiply"(%369, %369) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %371 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %372 = "stablehlo.reduce"(%370, %371) ({
        ^bb0(%373: tensor<f32>, %374: tensor<f32>):
          %375 = "stablehlo.add"(%373, %374) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%375) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
        %376 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %377 = "stablehlo.broadcast_in_dim"(%376) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
        %378 = "stablehlo.divide"(%372, %377) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %379 = "stablehlo.reshape"(%378) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
        %380 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %381 = "stablehlo.broadcast_in_dim"(%380) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
        %382 = "stablehlo.add"(%379, %381) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
        %383 = "stablehlo.rsqrt"(%382) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
        %384 = "stablehlo.reshape"(%383) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
        %385 = "stablehlo.broadcast_in_dim"(%384) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
        %386 = "stablehlo.multiply"(%369, %385) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %387 = "stablehlo.broadcast_in_dim"(%364) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
        %388 = "stablehlo.multiply"(%386, %387) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %389 = "stablehlo.dot_general"(%362, %388) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<172x64xf32>, tensor<2x1x64xf32>) -> tensor<172x2x1xf32>
        %390 = "stablehlo.transpose"(%389) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<172x2x1xf32>) -> tensor<2x1x172xf32>
        %391 = "stablehlo.logistic"(%390) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
        %392 = "stablehlo.multiply"(%390, %391) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>, tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
        %393 = "stablehlo.dot_general"(%361, %388) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<172x64xf32>, tensor<2x1x64xf32>) -> tensor<172x2x1xf32>
        %394 = "stablehlo.transpose"(%393) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<172x2x1xf32>) -> tensor<2x1x172xf32>
        %395 = "stablehlo.multiply"(%392, %394) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>, tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
        %396 = "stablehlo.dot_general"(%363, %395) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<64x172xf32>, tensor<2x1x172xf32>) -> tensor<64x2x1xf32>
        %397 = "stablehlo.transpose"(%396) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<64x2x1xf32>) -> tensor<2x1x64xf32>
        %398 = "stablehlo.add"(%369, %397) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %399 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %400 = "stablehlo.dynamic_update_slice"(%365, %398, %399, %367, %399) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
        %401 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %402 = "stablehlo.add"(%358, %401) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%402, %359, %360, %361, %362, %363, %364, %400) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>)
      %404 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %405 = "stablehlo.add"(%64, %404) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%405, %65, %403#7, %312#3, %312#4, %69, %70, %71, %72, %73, %74, %75, %76, %77, %78, %79, %80, %81, %82) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2xi32>, tensor<16xi32>, tensor<2xi32>, tensor<2xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2xi32>, tensor<16xi32>, tensor<2xi32>, tensor<2xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2xi32>, tensor<16xi32>, tensor<2xi32>, tensor<2xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %407 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %408 = "stablehlo.broadcast_in_dim"(%407) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x256xf32>
    %409 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %410 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %453:6 = "stablehlo.while"(%410, %409, %406#2, %arg12, %arg13, %408) ({
    ^bb0(%411: tensor<i32>, %412: tensor<i32>, %413: tensor<2x1x64xf32>, %414: tensor<64xf32>, %415: tensor<256x64xf32>, %416: tensor<2x1x256xf32>):
      %417 = "stablehlo.compare"(%411, %412) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%417) : (tensor<i1>) -> ()
    }, {
    ^bb0(%418: tensor<i32>, %419: tensor<i32>, %420: tensor<2x1x64xf32>, %421: tensor<64xf32>, %422: tensor<256x64xf32>, %423: tensor<2x1x256xf32>):
      %424 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %425 = "stablehlo.multiply"(%418, %424) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %426 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %427 = "stablehlo.dynamic_slice"(%420, %426, %425, %426) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %428 = "stablehlo.multiply"(%427, %427) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %429 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %430 = "stablehlo.reduce"(%428, %429) ({
      ^bb0(%431: tensor<f32>, %432: tensor<f32>):
        %433 = "stablehlo.add"(%431, %432) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%433) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %434 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %435 = "stablehlo.broadcast_in_dim"(%434) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
      %436 = "stablehlo.divide"(%430, %435) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %437 = "stablehlo.reshape"(%436) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %438 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %439 = "stablehlo.broadcast_in_dim"(%438) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
      %440 = "stablehlo.add"(%437, %439) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %441 = "stablehlo.rsqrt"(%440) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %442 = "stablehlo.reshape"(%441) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
      %443 = "stablehlo.broadcast_in_dim"(%442) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
      %444 = "stablehlo.multiply"(%427, %443) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %445 = "stablehlo.broadcast_in_dim"(%421) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
      %446 = "stablehlo.multiply"(%444, %445) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %447 = "stablehlo.dot_general"(%422, %446) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<256x64xf32>, tensor<2x1x64xf32>) -> tensor<256x2x1xf32>
      %448 = "stablehlo.transpose"(%447) {permutation = array<i64: 1, 2, 0>, mhlo.sharding = "{manual}"} : (tensor<256x2x1xf32>) -> tensor<2x1x256xf32>
      %449 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %450 = "stablehlo.dynamic_update_slice"(%423, %448, %449, %425, %449) {mhlo.sharding = "{manual}"} : (tensor<2x1x256xf32>, tensor<2x1x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x256xf32>
      %451 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %452 = "stablehlo.add"(%418, %451) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%452, %419, %420, %421, %422, %450) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<2x1x256xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<2x1x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<2x1x256xf32>)
    %454 = "stablehlo.reshape"(%453#5) {mhlo.sharding = "{manual}"} : (tensor<2x1x256xf32>) -> tensor<2x256xf32>
    return %454, %406#3, %406#4 : tensor<2x256xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>
  }
}
