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
    %399:19 = "stablehlo.while"(%43, %42, %0, %arg14, %arg15, %arg1, %24, %37, %41, %4, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11) ({
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
      %154 = "stablehlo.dot_general"(%152#4, %88) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
      %155 = "stablehlo.reshape"(%154) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
      %156 = "stablehlo.dot_general"(%152#4, %91) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
      %157 = "stablehlo.reshape"(%156) {mhlo.sharding = "{manual}"} : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
      %158 = "stablehlo.dot_general"(%152#4, %94) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
      %159 = "stablehlo.reshape"(%158) {mhlo.sharding = "{manual}"} : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
      %160 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %161 = "stablehlo.convert"(%153) {mhlo.sharding = "{manual}"} : (tensor<2x1xi32>) -> tensor<2x1xf32>
      %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x8xf32>
      %163 = "stablehlo.broadcast_in_dim"(%160) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<2x1x8xf32>
      %164 = "stablehlo.multiply"(%162, %163) {mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x8xf32>
      %165 = "stablehlo.concatenate"(%164, %164) {dimension = 2 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
      %166 = "stablehlo.cosine"(%165) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
      %167 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x4x16xf32>
      %168 = "stablehlo.sine"(%165) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
      %169 = "stablehlo.broadcast_in_dim"(%168) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x4x16xf32>
      %170 = "stablehlo.slice"(%155) {limit_indices = array<i64: 2, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
      %171 = "stablehlo.slice"(%155) {limit_indices = array<i64: 2, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
      %172 = "stablehlo.negate"(%171) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %173 = "stablehlo.concatenate"(%172, %170) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x16xf32>
      %174 = "stablehlo.multiply"(%155, %167) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %175 = "stablehlo.multiply"(%173, %169) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %176 = "stablehlo.add"(%174, %175) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %177 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %178 = "stablehlo.convert"(%153) {mhlo.sharding = "{manual}"} : (tensor<2x1xi32>) -> tensor<2x1xf32>
      %179 = "stablehlo.broadcast_in_dim"(%178) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x8xf32>
      %180 = "stablehlo.broadcast_in_dim"(%177) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<2x1x8xf32>
      %181 = "stablehlo.multiply"(%179, %180) {mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x8xf32>
      %182 = "stablehlo.concatenate"(%181, %181) {dimension = 2 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
      %183 = "stablehlo.cosine"(%182) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
      %184 = "stablehlo.broadcast_in_dim"(%183) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x2x16xf32>
      %185 = "stablehlo.sine"(%182) {mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
      %186 = "stablehlo.broadcast_in_dim"(%185) {broadcast_dimensions = array<i64: 0, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x16xf32>) -> tensor<2x1x2x16xf32>
      %187 = "stablehlo.slice"(%157) {limit_indices = array<i64: 2, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
      %188 = "stablehlo.slice"(%157) {limit_indices = array<i64: 2, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
      %189 = "stablehlo.negate"(%188) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %190 = "stablehlo.concatenate"(%189, %187) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x16xf32>
      %191 = "stablehlo.multiply"(%157, %184) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
      %192 = "stablehlo.multiply"(%190, %186) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
      %193 = "stablehlo.add"(%191, %192) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>, tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xf32>
      %194 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %195 = "stablehlo.broadcast_in_dim"(%194) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x4x16xf32>
      %196 = "stablehlo.multiply"(%176, %195) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %197 = "stablehlo.reshape"(%196) {mhlo.sharding = "{manual}"} : (tensor<2x1x4x16xf32>) -> tensor<2x1x2x2x16xf32>
      %198 = "stablehlo.transpose"(%197) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x2x16xf32>) -> tensor<2x2x2x1x16xf32>
      %199 = "stablehlo.transpose"(%193) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
      %200 = "stablehlo.transpose"(%159) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
      %201 = "stablehlo.broadcast_in_dim"(%73) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
      %202 = "stablehlo.compare"(%71, %201) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %203 = "stablehlo.constant"() {value = dense<16> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %204 = "stablehlo.broadcast_in_dim"(%203) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
      %205 = "stablehlo.select"(%202, %72, %204) {mhlo.sharding = "{manual}"} : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %206 = "stablehlo.broadcast_in_dim"(%64) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2x1xi32>
      %207 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<2x1xi32>
      %208 = "stablehlo.reshape"(%205) {mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x1xi32>
      %209 = "stablehlo.concatenate"(%206, %207, %208) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<2x1xi32>, tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x3xi32>
      %210 = "stablehlo.reshape"(%199) {mhlo.sharding = "{manual}"} : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
      %211 = "stablehlo.scatter"(%67, %209, %210) ({
      ^bb0(%212: tensor<f32>, %213: tensor<f32>):
        "stablehlo.return"(%213) : (tensor<f32>) -> ()
      }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1, 3], scatter_dims_to_operand_dims = [0, 1, 3], index_vector_dim = 1>, unique_indices = false, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<2x3xi32>, tensor<2x2x16xf32>) -> tensor<2x2x2x16x16xf32>
      %214 = "stablehlo.reshape"(%200) {mhlo.sharding = "{manual}"} : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
      %215 = "stablehlo.scatter"(%68, %209, %214) ({
      ^bb0(%216: tensor<f32>, %217: tensor<f32>):
        "stablehlo.return"(%217) : (tensor<f32>) -> ()
      }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1, 3], scatter_dims_to_operand_dims = [0, 1, 3], index_vector_dim = 1>, unique_indices = false, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<2x3xi32>, tensor<2x2x16xf32>) -> tensor<2x2x2x16x16xf32>
      %218 = "stablehlo.reshape"(%198) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1x16xf32>) -> tensor<2x2x2x16xf32>
      %219 = "stablehlo.slice"(%70) {limit_indices = array<i64: 16>, start_indices = array<i64: 0>, strides = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>) -> tensor<2xi32>
      %220 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %221 = "stablehlo.reduce"(%69, %220) ({
      ^bb0(%222: tensor<i32>, %223: tensor<i32>):
        %224 = "stablehlo.maximum"(%222, %223) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%224) : (tensor<i32>) -> ()
      }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %225 = "stablehlo.broadcast_in_dim"(%221) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
      %226 = "stablehlo.compare"(%219, %225) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %227 = "stablehlo.convert"(%226) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
      %228 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %229 = "stablehlo.reduce"(%227, %228) ({
      ^bb0(%230: tensor<i32>, %231: tensor<i32>):
        %232 = "stablehlo.add"(%230, %231) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%232) : (tensor<i32>) -> ()
      }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %233 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %234 = "stablehlo.broadcast_in_dim"(%233) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %235 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %236 = "stablehlo.broadcast_in_dim"(%235) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %237 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %238 = "stablehlo.broadcast_in_dim"(%237) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2x16xf32>
      %239 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %309:11 = "stablehlo.while"(%239, %229, %218, %211, %215, %64, %70, %69, %234, %236, %238) ({
      ^bb0(%240: tensor<i32>, %241: tensor<i32>, %242: tensor<2x2x2x16xf32>, %243: tensor<2x2x2x16x16xf32>, %244: tensor<2x2x2x16x16xf32>, %245: tensor<i32>, %246: tensor<16xi32>, %247: tensor<2xi32>, %248: tensor<2x2x2xf32>, %249: tensor<2x2x2xf32>, %250: tensor<2x2x2x16xf32>):
        %251 = "stablehlo.compare"(%240, %241) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%251) : (tensor<i1>) -> ()
      }, {
      ^bb0(%252: tensor<i32>, %253: tensor<i32>, %254: tensor<2x2x2x16xf32>, %255: tensor<2x2x2x16x16xf32>, %256: tensor<2x2x2x16x16xf32>, %257: tensor<i32>, %258: tensor<16xi32>, %259: tensor<2xi32>, %260: tensor<2x2x2xf32>, %261: tensor<2x2x2xf32>, %262: tensor<2x2x2x16xf32>):
        %263 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %264 = "stablehlo.multiply"(%252, %263) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %265 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %266 = "stablehlo.dynamic_slice"(%255, %257, %265, %265, %264, %265) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %267 = "stablehlo.reshape"(%266) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<2x2x8x16xf32>
        %268 = "stablehlo.dynamic_slice"(%256, %257, %265, %265, %264, %265) {slice_sizes = array<i64: 1, 2, 2, 8, 16>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %269 = "stablehlo.reshape"(%268) {mhlo.sharding = "{manual}"} : (tensor<1x2x2x8x16xf32>) -> tensor<2x2x8x16xf32>
        %270 = "stablehlo.dot_general"(%254, %267) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x8x16xf32>) -> tensor<2x2x2x8xf32>
        %271 = "stablehlo.dynamic_slice"(%258, %264) {slice_sizes = array<i64: 8>, mhlo.sharding = "{manual}"} : (tensor<16xi32>, tensor<i32>) -> tensor<8xi32>
        %272 = "stablehlo.broadcast_in_dim"(%271) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xi32>) -> tensor<2x8xi32>
        %273 = "stablehlo.broadcast_in_dim"(%259) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>) -> tensor<2x8xi32>
        %274 = "stablehlo.compare"(%272, %273) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2x8xi32>, tensor<2x8xi32>) -> tensor<2x8xi1>
        %275 = "stablehlo.broadcast_in_dim"(%274) {broadcast_dimensions = array<i64: 0, 3>, mhlo.sharding = "{manual}"} : (tensor<2x8xi1>) -> tensor<2x2x2x8xi1>
        %276 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %277 = "stablehlo.broadcast_in_dim"(%276) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2x8xf32>
        %278 = "stablehlo.select"(%275, %270, %277) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xi1>, tensor<2x2x2x8xf32>, tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
        %279 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %280 = "stablehlo.reduce"(%278, %279) ({
        ^bb0(%281: tensor<f32>, %282: tensor<f32>):
          %283 = "stablehlo.maximum"(%281, %282) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%283) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<f32>) -> tensor<2x2x2xf32>
        %284 = "stablehlo.maximum"(%260, %280) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %285 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %286 = "stablehlo.broadcast_in_dim"(%285) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
        %287 = "stablehlo.compare"(%284, %286) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xi1>
        %288 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %289 = "stablehlo.broadcast_in_dim"(%288) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
        %290 = "stablehlo.select"(%287, %289, %284) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xi1>, tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %291 = "stablehlo.broadcast_in_dim"(%290) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x8xf32>
        %292 = "stablehlo.subtract"(%278, %291) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
        %293 = "stablehlo.exponential"(%292) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>) -> tensor<2x2x2x8xf32>
        %294 = "stablehlo.subtract"(%260, %290) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %295 = "stablehlo.exponential"(%294) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %296 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %297 = "stablehlo.reduce"(%293, %296) ({
        ^bb0(%298: tensor<f32>, %299: tensor<f32>):
          %300 = "stablehlo.add"(%298, %299) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%300) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<f32>) -> tensor<2x2x2xf32>
        %301 = "stablehlo.multiply"(%261, %295) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %302 = "stablehlo.add"(%301, %297) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
        %303 = "stablehlo.dot_general"(%293, %269) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x2x2x8xf32>, tensor<2x2x8x16xf32>) -> tensor<2x2x2x16xf32>
        %304 = "stablehlo.broadcast_in_dim"(%295) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
        %305 = "stablehlo.multiply"(%262, %304) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
        %306 = "stablehlo.add"(%305, %303) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
        %307 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %308 = "stablehlo.add"(%252, %307) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%308, %253, %254, %255, %256, %257, %258, %259, %284, %302, %306) : (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x2x2x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<i32>, tensor<16xi32>, tensor<2xi32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x16xf32>)
      %310 = "stablehlo.all_reduce"(%309#8) ({
      ^bb0(%311: tensor<f32>, %312: tensor<f32>):
        %313 = "stablehlo.maximum"(%311, %312) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%313) : (tensor<f32>) -> ()
      }) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %314 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %315 = "stablehlo.broadcast_in_dim"(%314) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %316 = "stablehlo.compare"(%310, %315) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xi1>
      %317 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %318 = "stablehlo.broadcast_in_dim"(%317) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x2x2xf32>
      %319 = "stablehlo.select"(%316, %318, %310) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xi1>, tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %320 = "stablehlo.subtract"(%309#8, %319) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %321 = "stablehlo.exponential"(%320) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %322 = "stablehlo.broadcast_in_dim"(%321) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
      %323 = "stablehlo.multiply"(%309#10, %322) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
      %324 = "stablehlo.multiply"(%309#9, %321) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
      %325 = "stablehlo.reshape"(%324) {mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x1xf32>
      %326 = "stablehlo.concatenate"(%323, %325) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x1xf32>) -> tensor<2x2x2x17xf32>
      %327 = "stablehlo.all_reduce"(%326) ({
      ^bb0(%328: tensor<f32>, %329: tensor<f32>):
        %330 = "stablehlo.add"(%328, %329) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%330) : (tensor<f32>) -> ()
      }) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>, use_global_device_ids, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x17xf32>
      %331 = "stablehlo.slice"(%327) {limit_indices = array<i64: 2, 2, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x16xf32>
      %332 = "stablehlo.slice"(%327) {limit_indices = array<i64: 2, 2, 2, 17>, start_indices = array<i64: 0, 0, 0, 16>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x17xf32>) -> tensor<2x2x2x1xf32>
      %333 = "stablehlo.reshape"(%332) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x1xf32>) -> tensor<2x2x2xf32>
      %334 = "stablehlo.broadcast_in_dim"(%333) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<2x2x2xf32>) -> tensor<2x2x2x16xf32>
      %335 = "stablehlo.divide"(%331, %334) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>, tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
      %336 = "stablehlo.reshape"(%335) {mhlo.sharding = "{manual}"} : (tensor<2x2x2x16xf32>) -> tensor<2x2x2x1x16xf32>
      %337 = "stablehlo.transpose"(%336) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<2x2x2x1x16xf32>) -> tensor<2x1x2x2x16xf32>
      %338 = "stablehlo.reshape"(%337) {mhlo.sharding = "{manual}"} : (tensor<2x1x2x2x16xf32>) -> tensor<2x1x64xf32>
      %339 = "stablehlo.dot_general"(%338, %97) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
      %340 = "stablehlo.add"(%66, %339) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %341 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %342 = "stablehlo.broadcast_in_dim"(%341) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x64xf32>
      %343 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %344 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %396:8 = "stablehlo.while"(%344, %343, %340, %103, %106, %109, %100, %342) ({
      ^bb0(%345: tensor<i32>, %346: tensor<i32>, %347: tensor<2x1x64xf32>, %348: tensor<172x64xf32>, %349: tensor<172x64xf32>, %350: tensor<64x172xf32>, %351: tensor<64xf32>, %352: tensor<2x1x64xf32>):
        %353 = "stablehlo.compare"(%345, %346) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%353) : (tensor<i1>) -> ()
      }, {
      ^bb0(%354: tensor<i32>, %355: tensor<i32>, %356: tensor<2x1x64xf32>, %357: tensor<172x64xf32>, %358: tensor<172x64xf32>, %359: tensor<64x172xf32>, %360: tensor<64xf32>, %361: tensor<2x1x64xf32>):
        %362 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %363 = "stablehlo.multiply"(%354, %362) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %364 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %365 = "stablehlo.dynamic_slice"(%356, %364, %363, %364) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
        %366 = "stablehlo.multiply"(%365, %365) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %367 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %368 = "stablehlo.reduce"(%366, %367) ({
        ^bb0(%369: tensor<f32>, %370: tensor<f32>):
          %371 = "stablehlo.add"(%369, %370) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%371) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
        %372 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %373 = "stablehlo.broadcast_in_dim"(%372) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
        %374 = "stablehlo.divide"(%368, %373) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %375 = "stablehlo.reshape"(%374) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
        %376 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %377 = "stablehlo.broadcast_in_dim"(%376) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
        %378 = "stablehlo.add"(%375, %377) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
        %379 = "stablehlo.rsqrt"(%378) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
        %380 = "stablehlo.reshape"(%379) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
        %381 = "stablehlo.broadcast_in_dim"(%380) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
        %382 = "stablehlo.multiply"(%365, %381) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %383 = "stablehlo.broadcast_in_dim"(%360) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
        %384 = "stablehlo.multiply"(%382, %383) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %385 = "stablehlo.dot_general"(%384, %358) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<172x64xf32>) -> tensor<2x1x172xf32>
        %386 = "stablehlo.logistic"(%385) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
        %387 = "stablehlo.multiply"(%385, %386) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>, tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
        %388 = "stablehlo.dot_general"(%384, %357) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<172x64xf32>) -> tensor<2x1x172xf32>
        %389 = "stablehlo.multiply"(%387, %388) {mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>, tensor<2x1x172xf32>) -> tensor<2x1x172xf32>
        %390 = "stablehlo.dot_general"(%389, %359) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x1x172xf32>, tensor<64x172xf32>) -> tensor<2x1x64xf32>
        %391 = "stablehlo.add"(%365, %390) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
        %392 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %393 = "stablehlo.dynamic_update_slice"(%361, %391, %392, %363, %392) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
        %394 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %395 = "stablehlo.add"(%354, %394) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%395, %355, %356, %357, %358, %359, %360, %393) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<2x1x64xf32>)
      %397 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %398 = "stablehlo.add"(%64, %397) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%398, %65, %396#7, %309#3, %309#4, %69, %70, %71, %72, %73, %74, %75, %76, %77, %78, %79, %80, %81, %82) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2xi32>, tensor<16xi32>, tensor<2xi32>, tensor<2xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2xi32>, tensor<16xi32>, tensor<2xi32>, tensor<2xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>, tensor<2xi32>, tensor<16xi32>, tensor<2xi32>, tensor<2xi32>, tensor<i32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %400 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %401 = "stablehlo.broadcast_in_dim"(%400) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x256xf32>
    %402 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %403 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %445:6 = "stablehlo.while"(%403, %402, %399#2, %arg12, %arg13, %401) ({
    ^bb0(%404: tensor<i32>, %405: tensor<i32>, %406: tensor<2x1x64xf32>, %407: tensor<64xf32>, %408: tensor<256x64xf32>, %409: tensor<2x1x256xf32>):
      %410 = "stablehlo.compare"(%404, %405) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%410) : (tensor<i1>) -> ()
    }, {
    ^bb0(%411: tensor<i32>, %412: tensor<i32>, %413: tensor<2x1x64xf32>, %414: tensor<64xf32>, %415: tensor<256x64xf32>, %416: tensor<2x1x256xf32>):
      %417 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %418 = "stablehlo.multiply"(%411, %417) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %419 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %420 = "stablehlo.dynamic_slice"(%413, %419, %418, %419) {slice_sizes = array<i64: 2, 1, 64>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x64xf32>
      %421 = "stablehlo.multiply"(%420, %420) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %422 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %423 = "stablehlo.reduce"(%421, %422) ({
      ^bb0(%424: tensor<f32>, %425: tensor<f32>):
        %426 = "stablehlo.add"(%424, %425) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%426) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %427 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %428 = "stablehlo.broadcast_in_dim"(%427) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1xf32>
      %429 = "stablehlo.divide"(%423, %428) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %430 = "stablehlo.reshape"(%429) {mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %431 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %432 = "stablehlo.broadcast_in_dim"(%431) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x1x1xf32>
      %433 = "stablehlo.add"(%430, %432) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %434 = "stablehlo.rsqrt"(%433) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %435 = "stablehlo.reshape"(%434) {mhlo.sharding = "{manual}"} : (tensor<2x1x1xf32>) -> tensor<2x1xf32>
      %436 = "stablehlo.broadcast_in_dim"(%435) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<2x1xf32>) -> tensor<2x1x64xf32>
      %437 = "stablehlo.multiply"(%420, %436) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %438 = "stablehlo.broadcast_in_dim"(%414) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<2x1x64xf32>
      %439 = "stablehlo.multiply"(%437, %438) {mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %440 = "stablehlo.dot_general"(%439, %415) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<2x1x64xf32>, tensor<256x64xf32>) -> tensor<2x1x256xf32>
      %441 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %442 = "stablehlo.dynamic_update_slice"(%416, %440, %441, %418, %441) {mhlo.sharding = "{manual}"} : (tensor<2x1x256xf32>, tensor<2x1x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x1x256xf32>
      %443 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %444 = "stablehlo.add"(%411, %443) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%444, %412, %413, %414, %415, %442) : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<2x1x256xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<2x1x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<2x1x256xf32>)
    %446 = "stablehlo.reshape"(%445#5) {mhlo.sharding = "{manual}"} : (tensor<2x1x256xf32>) -> tensor<2x256xf32>
    return %446, %399#3, %399#4 : tensor<2x256xf32>, tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>
  }
}
