module @tiny_forward attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x32xi32>, %arg1: tensor<256x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<2x64x64xf32>, %arg4: tensor<2x32x64xf32>, %arg5: tensor<2x32x64xf32>, %arg6: tensor<2x64x64xf32>, %arg7: tensor<2x64xf32>, %arg8: tensor<2x172x64xf32>, %arg9: tensor<2x172x64xf32>, %arg10: tensor<2x64x172xf32>, %arg11: tensor<64xf32>, %arg12: tensor<256x64xf32>) -> (tensor<1x32x256xf32>) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<256x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %1 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<32xi32>
    %2 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %3 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %329:13 = "stablehlo.while"(%3, %2, %0, %1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
    ^bb0(%4: tensor<i32>, %5: tensor<i32>, %6: tensor<1x32x64xf32>, %7: tensor<32xi32>, %8: tensor<2x64xf32>, %9: tensor<2x64x64xf32>, %10: tensor<2x32x64xf32>, %11: tensor<2x32x64xf32>, %12: tensor<2x64x64xf32>, %13: tensor<2x64xf32>, %14: tensor<2x172x64xf32>, %15: tensor<2x172x64xf32>, %16: tensor<2x64x172xf32>):
      %17 = "stablehlo.compare"(%4, %5) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%17) : (tensor<i1>) -> ()
    }, {
    ^bb0(%18: tensor<i32>, %19: tensor<i32>, %20: tensor<1x32x64xf32>, %21: tensor<32xi32>, %22: tensor<2x64xf32>, %23: tensor<2x64x64xf32>, %24: tensor<2x32x64xf32>, %25: tensor<2x32x64xf32>, %26: tensor<2x64x64xf32>, %27: tensor<2x64xf32>, %28: tensor<2x172x64xf32>, %29: tensor<2x172x64xf32>, %30: tensor<2x64x172xf32>):
      %31 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %32 = "stablehlo.dynamic_slice"(%22, %18, %31) {slice_sizes = array<i64: 1, 64>} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %33 = "stablehlo.reshape"(%32) : (tensor<1x64xf32>) -> tensor<64xf32>
      %34 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %35 = "stablehlo.dynamic_slice"(%23, %18, %34, %34) {slice_sizes = array<i64: 1, 64, 64>} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %36 = "stablehlo.reshape"(%35) : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %37 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %38 = "stablehlo.dynamic_slice"(%24, %18, %37, %37) {slice_sizes = array<i64: 1, 32, 64>} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %39 = "stablehlo.reshape"(%38) : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %40 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %41 = "stablehlo.dynamic_slice"(%25, %18, %40, %40) {slice_sizes = array<i64: 1, 32, 64>} : (tensor<2x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
      %42 = "stablehlo.reshape"(%41) : (tensor<1x32x64xf32>) -> tensor<32x64xf32>
      %43 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %44 = "stablehlo.dynamic_slice"(%26, %18, %43, %43) {slice_sizes = array<i64: 1, 64, 64>} : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
      %45 = "stablehlo.reshape"(%44) : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
      %46 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %47 = "stablehlo.dynamic_slice"(%27, %18, %46) {slice_sizes = array<i64: 1, 64>} : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %48 = "stablehlo.reshape"(%47) : (tensor<1x64xf32>) -> tensor<64xf32>
      %49 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %50 = "stablehlo.dynamic_slice"(%28, %18, %49, %49) {slice_sizes = array<i64: 1, 172, 64>} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %51 = "stablehlo.reshape"(%50) : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %52 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %53 = "stablehlo.dynamic_slice"(%29, %18, %52, %52) {slice_sizes = array<i64: 1, 172, 64>} : (tensor<2x172x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x172x64xf32>
      %54 = "stablehlo.reshape"(%53) : (tensor<1x172x64xf32>) -> tensor<172x64xf32>
      %55 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %56 = "stablehlo.dynamic_slice"(%30, %18, %55, %55) {slice_sizes = array<i64: 1, 64, 172>} : (tensor<2x64x172xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x172xf32>
      %57 = "stablehlo.reshape"(%56) : (tensor<1x64x172xf32>) -> tensor<64x172xf32>
      %58 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %59 = "stablehlo.broadcast_in_dim"(%58) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x64xf32>
      %60 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
      %61 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %100:5 = "stablehlo.while"(%61, %60, %20, %33, %59) ({
      ^bb0(%62: tensor<i32>, %63: tensor<i32>, %64: tensor<1x32x64xf32>, %65: tensor<64xf32>, %66: tensor<1x32x64xf32>):
        %67 = "stablehlo.compare"(%62, %63) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%67) : (tensor<i1>) -> ()
      }, {
      ^bb0(%68: tensor<i32>, %69: tensor<i32>, %70: tensor<1x32x64xf32>, %71: tensor<64xf32>, %72: tensor<1x32x64xf32>):
        %73 = "stablehlo.constant"() {value = dense<16> : tensor<i32>} : () -> tensor<i32>
        %74 = "stablehlo.multiply"(%68, %73) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %75 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %76 = "stablehlo.dynamic_slice"(%70, %75, %74, %75) {slice_sizes = array<i64: 1, 16, 64>} : (tensor<1x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
        %77 = "stablehlo.multiply"(%76, %76) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %78 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %79 = "stablehlo.reduce"(%77, %78) ({
        ^bb0(%80: tensor<f32>, %81: tensor<f32>):
          %82 = "stablehlo.add"(%80, %81) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%82) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
        %83 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
        %84 = "stablehlo.broadcast_in_dim"(%83) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %85 = "stablehlo.divide"(%79, %84) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %86 = "stablehlo.reshape"(%85) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
        %87 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
        %88 = "stablehlo.broadcast_in_dim"(%87) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16x1xf32>
        %89 = "stablehlo.add"(%86, %88) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
        %90 = "stablehlo.rsqrt"(%89) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
        %91 = "stablehlo.reshape"(%90) : (tensor<1x16x1xf32>) -> tensor<1x16xf32>
        %92 = "stablehlo.broadcast_in_dim"(%91) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x16xf32>) -> tensor<1x16x64xf32>
        %93 = "stablehlo.multiply"(%76, %92) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %94 = "stablehlo.broadcast_in_dim"(%71) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
        %95 = "stablehlo.multiply"(%93, %94) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %96 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %97 = "stablehlo.dynamic_update_slice"(%72, %95, %96, %74, %96) : (tensor<1x32x64xf32>, tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
        %98 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %99 = "stablehlo.add"(%68, %98) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%99, %69, %70, %71, %97) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<1x32x64xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<1x32x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<1x32x64xf32>)
      %101 = "stablehlo.dot_general"(%100#4, %36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x32x64xf32>, tensor<64x64xf32>) -> tensor<1x32x64xf32>
      %102 = "stablehlo.reshape"(%101) : (tensor<1x32x64xf32>) -> tensor<1x32x4x16xf32>
      %103 = "stablehlo.dot_general"(%100#4, %39) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x32x64xf32>, tensor<32x64xf32>) -> tensor<1x32x32xf32>
      %104 = "stablehlo.reshape"(%103) : (tensor<1x32x32xf32>) -> tensor<1x32x2x16xf32>
      %105 = "stablehlo.dot_general"(%100#4, %42) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x32x64xf32>, tensor<32x64xf32>) -> tensor<1x32x32xf32>
      %106 = "stablehlo.reshape"(%105) : (tensor<1x32x32xf32>) -> tensor<1x32x2x16xf32>
      %107 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>} : () -> tensor<8xf32>
      %108 = "stablehlo.convert"(%21) : (tensor<32xi32>) -> tensor<32xf32>
      %109 = "stablehlo.broadcast_in_dim"(%108) {broadcast_dimensions = array<i64: 0>} : (tensor<32xf32>) -> tensor<32x8xf32>
      %110 = "stablehlo.broadcast_in_dim"(%107) {broadcast_dimensions = array<i64: 1>} : (tensor<8xf32>) -> tensor<32x8xf32>
      %111 = "stablehlo.multiply"(%109, %110) : (tensor<32x8xf32>, tensor<32x8xf32>) -> tensor<32x8xf32>
      %112 = "stablehlo.concatenate"(%111, %111) {dimension = 1 : i64} : (tensor<32x8xf32>, tensor<32x8xf32>) -> tensor<32x16xf32>
      %113 = "stablehlo.cosine"(%112) : (tensor<32x16xf32>) -> tensor<32x16xf32>
      %114 = "stablehlo.broadcast_in_dim"(%113) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<32x16xf32>) -> tensor<1x32x4x16xf32>
      %115 = "stablehlo.sine"(%112) : (tensor<32x16xf32>) -> tensor<32x16xf32>
      %116 = "stablehlo.broadcast_in_dim"(%115) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<32x16xf32>) -> tensor<1x32x4x16xf32>
      %117 = "stablehlo.slice"(%102) {limit_indices = array<i64: 1, 32, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x32x4x16xf32>) -> tensor<1x32x4x8xf32>
      %118 = "stablehlo.slice"(%102) {limit_indices = array<i64: 1, 32, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x32x4x16xf32>) -> tensor<1x32x4x8xf32>
      %119 = "stablehlo.negate"(%118) : (tensor<1x32x4x8xf32>) -> tensor<1x32x4x8xf32>
      %120 = "stablehlo.concatenate"(%119, %117) {dimension = 3 : i64} : (tensor<1x32x4x8xf32>, tensor<1x32x4x8xf32>) -> tensor<1x32x4x16xf32>
      %121 = "stablehlo.multiply"(%102, %114) : (tensor<1x32x4x16xf32>, tensor<1x32x4x16xf32>) -> tensor<1x32x4x16xf32>
      %122 = "stablehlo.multiply"(%120, %116) : (tensor<1x32x4x16xf32>, tensor<1x32x4x16xf32>) -> tensor<1x32x4x16xf32>
      %123 = "stablehlo.add"(%121, %122) : (tensor<1x32x4x16xf32>, tensor<1x32x4x16xf32>) -> tensor<1x32x4x16xf32>
      %124 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>} : () -> tensor<8xf32>
      %125 = "stablehlo.convert"(%21) : (tensor<32xi32>) -> tensor<32xf32>
      %126 = "stablehlo.broadcast_in_dim"(%125) {broadcast_dimensions = array<i64: 0>} : (tensor<32xf32>) -> tensor<32x8xf32>
      %127 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 1>} : (tensor<8xf32>) -> tensor<32x8xf32>
      %128 = "stablehlo.multiply"(%126, %127) : (tensor<32x8xf32>, tensor<32x8xf32>) -> tensor<32x8xf32>
      %129 = "stablehlo.concatenate"(%128, %128) {dimension = 1 : i64} : (tensor<32x8xf32>, tensor<32x8xf32>) -> tensor<32x16xf32>
      %130 = "stablehlo.cosine"(%129) : (tensor<32x16xf32>) -> tensor<32x16xf32>
      %131 = "stablehlo.broadcast_in_dim"(%130) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<32x16xf32>) -> tensor<1x32x2x16xf32>
      %132 = "stablehlo.sine"(%129) : (tensor<32x16xf32>) -> tensor<32x16xf32>
      %133 = "stablehlo.broadcast_in_dim"(%132) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<32x16xf32>) -> tensor<1x32x2x16xf32>
      %134 = "stablehlo.slice"(%104) {limit_indices = array<i64: 1, 32, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x32x2x16xf32>) -> tensor<1x32x2x8xf32>
      %135 = "stablehlo.slice"(%104) {limit_indices = array<i64: 1, 32, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x32x2x16xf32>) -> tensor<1x32x2x8xf32>
      %136 = "stablehlo.negate"(%135) : (tensor<1x32x2x8xf32>) -> tensor<1x32x2x8xf32>
      %137 = "stablehlo.concatenate"(%136, %134) {dimension = 3 : i64} : (tensor<1x32x2x8xf32>, tensor<1x32x2x8xf32>) -> tensor<1x32x2x16xf32>
      %138 = "stablehlo.multiply"(%104, %131) : (tensor<1x32x2x16xf32>, tensor<1x32x2x16xf32>) -> tensor<1x32x2x16xf32>
      %139 = "stablehlo.multiply"(%137, %133) : (tensor<1x32x2x16xf32>, tensor<1x32x2x16xf32>) -> tensor<1x32x2x16xf32>
      %140 = "stablehlo.add"(%138, %139) : (tensor<1x32x2x16xf32>, tensor<1x32x2x16xf32>) -> tensor<1x32x2x16xf32>
      %141 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>} : () -> tensor<f32>
      %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x4x16xf32>
      %143 = "stablehlo.multiply"(%123, %142) : (tensor<1x32x4x16xf32>, tensor<1x32x4x16xf32>) -> tensor<1x32x4x16xf32>
      %144 = "stablehlo.reshape"(%143) : (tensor<1x32x4x16xf32>) -> tensor<1x32x2x2x16xf32>
      %145 = "stablehlo.transpose"(%144) {permutation = array<i64: 0, 2, 3, 1, 4>} : (tensor<1x32x2x2x16xf32>) -> tensor<1x2x2x32x16xf32>
      %146 = "stablehlo.transpose"(%140) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x32x2x16xf32>) -> tensor<1x2x32x16xf32>
      %147 = "stablehlo.transpose"(%106) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x32x2x16xf32>) -> tensor<1x2x32x16xf32>
      %148 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %149 = "stablehlo.broadcast_in_dim"(%148) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x32x16xf32>
      %150 = "stablehlo.constant"() {value = dense<4> : tensor<i32>} : () -> tensor<i32>
      %151 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %266:7 = "stablehlo.while"(%151, %150, %145, %146, %147, %21, %149) ({
      ^bb0(%152: tensor<i32>, %153: tensor<i32>, %154: tensor<1x2x2x32x16xf32>, %155: tensor<1x2x32x16xf32>, %156: tensor<1x2x32x16xf32>, %157: tensor<32xi32>, %158: tensor<1x2x2x32x16xf32>):
        %159 = "stablehlo.compare"(%152, %153) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%159) : (tensor<i1>) -> ()
      }, {
      ^bb0(%160: tensor<i32>, %161: tensor<i32>, %162: tensor<1x2x2x32x16xf32>, %163: tensor<1x2x32x16xf32>, %164: tensor<1x2x32x16xf32>, %165: tensor<32xi32>, %166: tensor<1x2x2x32x16xf32>):
        %167 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %168 = "stablehlo.multiply"(%160, %167) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %169 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %170 = "stablehlo.dynamic_slice"(%162, %169, %169, %169, %168, %169) {slice_sizes = array<i64: 1, 2, 2, 8, 16>} : (tensor<1x2x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %171 = "stablehlo.reshape"(%170) : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %172 = "stablehlo.dynamic_slice"(%165, %168) {slice_sizes = array<i64: 8>} : (tensor<32xi32>, tensor<i32>) -> tensor<8xi32>
        %173 = "stablehlo.constant"() {value = dense<4> : tensor<i32>} : () -> tensor<i32>
        %174 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %175 = "stablehlo.add"(%160, %174) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %176 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %177 = "stablehlo.multiply"(%175, %176) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %178 = "stablehlo.constant"() {value = dense<7> : tensor<i32>} : () -> tensor<i32>
        %179 = "stablehlo.add"(%177, %178) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %180 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %181 = "stablehlo.divide"(%179, %180) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %182 = "stablehlo.minimum"(%181, %173) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %183 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %184 = "stablehlo.broadcast_in_dim"(%183) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
        %185 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %186 = "stablehlo.broadcast_in_dim"(%185) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
        %187 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %188 = "stablehlo.broadcast_in_dim"(%187) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16x16xf32>
        %189 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %258:10 = "stablehlo.while"(%189, %182, %171, %172, %163, %164, %165, %184, %186, %188) ({
        ^bb0(%190: tensor<i32>, %191: tensor<i32>, %192: tensor<1x2x16x16xf32>, %193: tensor<8xi32>, %194: tensor<1x2x32x16xf32>, %195: tensor<1x2x32x16xf32>, %196: tensor<32xi32>, %197: tensor<1x2x16xf32>, %198: tensor<1x2x16xf32>, %199: tensor<1x2x16x16xf32>):
          %200 = "stablehlo.compare"(%190, %191) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%200) : (tensor<i1>) -> ()
        }, {
        ^bb0(%201: tensor<i32>, %202: tensor<i32>, %203: tensor<1x2x16x16xf32>, %204: tensor<8xi32>, %205: tensor<1x2x32x16xf32>, %206: tensor<1x2x32x16xf32>, %207: tensor<32xi32>, %208: tensor<1x2x16xf32>, %209: tensor<1x2x16xf32>, %210: tensor<1x2x16x16xf32>):
          %211 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
          %212 = "stablehlo.multiply"(%201, %211) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %213 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %214 = "stablehlo.dynamic_slice"(%205, %213, %213, %212, %213) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %215 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %216 = "stablehlo.dynamic_slice"(%206, %215, %215, %212, %215) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %217 = "stablehlo.dynamic_slice"(%207, %212) {slice_sizes = array<i64: 8>} : (tensor<32xi32>, tensor<i32>) -> tensor<8xi32>
          %218 = "stablehlo.dot_general"(%203, %214) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %219 = "stablehlo.broadcast_in_dim"(%204) {broadcast_dimensions = array<i64: 1>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %220 = "stablehlo.reshape"(%219) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %221 = "stablehlo.broadcast_in_dim"(%217) {broadcast_dimensions = array<i64: 2>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %222 = "stablehlo.reshape"(%221) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %223 = "stablehlo.compare"(%222, %220) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %224 = "stablehlo.broadcast_in_dim"(%223) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %225 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %226 = "stablehlo.broadcast_in_dim"(%225) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %227 = "stablehlo.select"(%224, %218, %226) : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %228 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %229 = "stablehlo.reduce"(%227, %228) ({
          ^bb0(%230: tensor<f32>, %231: tensor<f32>):
            %232 = "stablehlo.maximum"(%230, %231) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%232) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %233 = "stablehlo.maximum"(%208, %229) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %234 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %235 = "stablehlo.broadcast_in_dim"(%234) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
          %236 = "stablehlo.compare"(%233, %235) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %237 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
          %238 = "stablehlo.broadcast_in_dim"(%237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
          %239 = "stablehlo.select"(%236, %238, %233) : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %240 = "stablehlo.broadcast_in_dim"(%239) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %241 = "stablehlo.subtract"(%227, %240) : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %242 = "stablehlo.exponential"(%241) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %243 = "stablehlo.subtract"(%208, %239) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %244 = "stablehlo.exponential"(%243) : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %245 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
          %246 = "stablehlo.reduce"(%242, %245) ({
          ^bb0(%247: tensor<f32>, %248: tensor<f32>):
            %249 = "stablehlo.add"(%247, %248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%249) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %250 = "stablehlo.multiply"(%209, %244) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %251 = "stablehlo.add"(%250, %246) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %252 = "stablehlo.dot_general"(%242, %216) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %253 = "stablehlo.broadcast_in_dim"(%244) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %254 = "stablehlo.multiply"(%210, %253) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %255 = "stablehlo.add"(%254, %252) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %256 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %257 = "stablehlo.add"(%201, %256) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%257, %202, %203, %204, %205, %206, %207, %233, %251, %255) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %259 = "stablehlo.broadcast_in_dim"(%258#8) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
        %260 = "stablehlo.divide"(%258#9, %259) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %261 = "stablehlo.reshape"(%260) : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
        %262 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %263 = "stablehlo.dynamic_update_slice"(%166, %261, %262, %262, %262, %168, %262) : (tensor<1x2x2x32x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x32x16xf32>
        %264 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %265 = "stablehlo.add"(%160, %264) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%265, %161, %162, %163, %164, %165, %263) : (tensor<i32>, tensor<i32>, tensor<1x2x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x2x32x16xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x2x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x2x32x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x2x32x16xf32>)
      %267 = "stablehlo.transpose"(%266#6) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x32x16xf32>) -> tensor<1x32x2x2x16xf32>
      %268 = "stablehlo.reshape"(%267) : (tensor<1x32x2x2x16xf32>) -> tensor<1x32x64xf32>
      %269 = "stablehlo.dot_general"(%268, %45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x32x64xf32>, tensor<64x64xf32>) -> tensor<1x32x64xf32>
      %270 = "stablehlo.add"(%20, %269) : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<1x32x64xf32>
      %271 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %272 = "stablehlo.broadcast_in_dim"(%271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x64xf32>
      %273 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
      %274 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %326:8 = "stablehlo.while"(%274, %273, %270, %51, %54, %57, %48, %272) ({
      ^bb0(%275: tensor<i32>, %276: tensor<i32>, %277: tensor<1x32x64xf32>, %278: tensor<172x64xf32>, %279: tensor<172x64xf32>, %280: tensor<64x172xf32>, %281: tensor<64xf32>, %282: tensor<1x32x64xf32>):
        %283 = "stablehlo.compare"(%275, %276) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%283) : (tensor<i1>) -> ()
      }, {
      ^bb0(%284: tensor<i32>, %285: tensor<i32>, %286: tensor<1x32x64xf32>, %287: tensor<172x64xf32>, %288: tensor<172x64xf32>, %289: tensor<64x172xf32>, %290: tensor<64xf32>, %291: tensor<1x32x64xf32>):
        %292 = "stablehlo.constant"() {value = dense<16> : tensor<i32>} : () -> tensor<i32>
        %293 = "stablehlo.multiply"(%284, %292) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %294 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %295 = "stablehlo.dynamic_slice"(%286, %294, %293, %294) {slice_sizes = array<i64: 1, 16, 64>} : (tensor<1x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
        %296 = "stablehlo.multiply"(%295, %295) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %297 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %298 = "stablehlo.reduce"(%296, %297) ({
        ^bb0(%299: tensor<f32>, %300: tensor<f32>):
          %301 = "stablehlo.add"(%299, %300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%301) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
        %302 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
        %303 = "stablehlo.broadcast_in_dim"(%302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %304 = "stablehlo.divide"(%298, %303) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %305 = "stablehlo.reshape"(%304) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
        %306 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
        %307 = "stablehlo.broadcast_in_dim"(%306) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16x1xf32>
        %308 = "stablehlo.add"(%305, %307) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
        %309 = "stablehlo.rsqrt"(%308) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
        %310 = "stablehlo.reshape"(%309) : (tensor<1x16x1xf32>) -> tensor<1x16xf32>
        %311 = "stablehlo.broadcast_in_dim"(%310) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x16xf32>) -> tensor<1x16x64xf32>
        %312 = "stablehlo.multiply"(%295, %311) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %313 = "stablehlo.broadcast_in_dim"(%290) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
        %314 = "stablehlo.multiply"(%312, %313) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %315 = "stablehlo.dot_general"(%314, %288) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x64xf32>, tensor<172x64xf32>) -> tensor<1x16x172xf32>
        %316 = "stablehlo.logistic"(%315) : (tensor<1x16x172xf32>) -> tensor<1x16x172xf32>
        %317 = "stablehlo.multiply"(%315, %316) : (tensor<1x16x172xf32>, tensor<1x16x172xf32>) -> tensor<1x16x172xf32>
        %318 = "stablehlo.dot_general"(%314, %287) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x64xf32>, tensor<172x64xf32>) -> tensor<1x16x172xf32>
        %319 = "stablehlo.multiply"(%317, %318) : (tensor<1x16x172xf32>, tensor<1x16x172xf32>) -> tensor<1x16x172xf32>
        %320 = "stablehlo.dot_general"(%319, %289) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x172xf32>, tensor<64x172xf32>) -> tensor<1x16x64xf32>
        %321 = "stablehlo.add"(%295, %320) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %322 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %323 = "stablehlo.dynamic_update_slice"(%291, %321, %322, %293, %322) : (tensor<1x32x64xf32>, tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
        %324 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %325 = "stablehlo.add"(%284, %324) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%325, %285, %286, %287, %288, %289, %290, %323) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x32x64xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x32x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x32x64xf32>)
      %327 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %328 = "stablehlo.add"(%18, %327) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%328, %19, %326#7, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<32xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<32xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<32xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %330 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %331 = "stablehlo.broadcast_in_dim"(%330) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x256xf32>
    %332 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %333 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %375:6 = "stablehlo.while"(%333, %332, %329#2, %arg11, %arg12, %331) ({
    ^bb0(%334: tensor<i32>, %335: tensor<i32>, %336: tensor<1x32x64xf32>, %337: tensor<64xf32>, %338: tensor<256x64xf32>, %339: tensor<1x32x256xf32>):
      %340 = "stablehlo.compare"(%334, %335) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%340) : (tensor<i1>) -> ()
    }, {
    ^bb0(%341: tensor<i32>, %342: tensor<i32>, %343: tensor<1x32x64xf32>, %344: tensor<64xf32>, %345: tensor<256x64xf32>, %346: tensor<1x32x256xf32>):
      %347 = "stablehlo.constant"() {value = dense<16> : tensor<i32>} : () -> tensor<i32>
      %348 = "stablehlo.multiply"(%341, %347) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %349 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %350 = "stablehlo.dynamic_slice"(%343, %349, %348, %349) {slice_sizes = array<i64: 1, 16, 64>} : (tensor<1x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
      %351 = "stablehlo.multiply"(%350, %350) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %352 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %353 = "stablehlo.reduce"(%351, %352) ({
      ^bb0(%354: tensor<f32>, %355: tensor<f32>):
        %356 = "stablehlo.add"(%354, %355) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%356) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
      %357 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
      %358 = "stablehlo.broadcast_in_dim"(%357) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
      %359 = "stablehlo.divide"(%353, %358) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
      %360 = "stablehlo.reshape"(%359) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %361 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
      %362 = "stablehlo.broadcast_in_dim"(%361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16x1xf32>
      %363 = "stablehlo.add"(%360, %362) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %364 = "stablehlo.rsqrt"(%363) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %365 = "stablehlo.reshape"(%364) : (tensor<1x16x1xf32>) -> tensor<1x16xf32>
      %366 = "stablehlo.broadcast_in_dim"(%365) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x16xf32>) -> tensor<1x16x64xf32>
      %367 = "stablehlo.multiply"(%350, %366) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %368 = "stablehlo.broadcast_in_dim"(%344) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
      %369 = "stablehlo.multiply"(%367, %368) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %370 = "stablehlo.dot_general"(%369, %345) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x64xf32>, tensor<256x64xf32>) -> tensor<1x16x256xf32>
      %371 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %372 = "stablehlo.dynamic_update_slice"(%346, %370, %371, %348, %371) : (tensor<1x32x256xf32>, tensor<1x16x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x256xf32>
      %373 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %374 = "stablehlo.add"(%341, %373) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%374, %342, %343, %344, %345, %372) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x32x256xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x32x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x32x256xf32>)
    %376 = "stablehlo.reshape"(%375#5) : (tensor<1x32x256xf32>) -> tensor<1x32x256xf32>
    return %376 : tensor<1x32x256xf32>
  }
}
