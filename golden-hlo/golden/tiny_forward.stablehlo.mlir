module @tiny_forward attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x32xi32>, %arg1: tensor<256x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<2x64x64xf32>, %arg4: tensor<2x32x64xf32>, %arg5: tensor<2x32x64xf32>, %arg6: tensor<2x64x64xf32>, %arg7: tensor<2x64xf32>, %arg8: tensor<2x172x64xf32>, %arg9: tensor<2x172x64xf32>, %arg10: tensor<2x64x172xf32>, %arg11: tensor<64xf32>, %arg12: tensor<256x64xf32>) -> (tensor<1x32x256xf32>) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<256x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %1 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<32xi32>
    %2 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %3 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %349:13 = "stablehlo.while"(%3, %2, %0, %1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
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
      %148 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
      %149 = "stablehlo.broadcast_in_dim"(%148) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x32xf32>
      %150 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %151 = "stablehlo.broadcast_in_dim"(%150) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x32xf32>
      %152 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %153 = "stablehlo.broadcast_in_dim"(%152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x32x16xf32>
      %154 = "stablehlo.constant"() {value = dense<4> : tensor<i32>} : () -> tensor<i32>
      %155 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %284:10 = "stablehlo.while"(%155, %154, %145, %146, %147, %21, %21, %149, %151, %153) ({
      ^bb0(%156: tensor<i32>, %157: tensor<i32>, %158: tensor<1x2x2x32x16xf32>, %159: tensor<1x2x32x16xf32>, %160: tensor<1x2x32x16xf32>, %161: tensor<32xi32>, %162: tensor<32xi32>, %163: tensor<1x2x2x32xf32>, %164: tensor<1x2x2x32xf32>, %165: tensor<1x2x2x32x16xf32>):
        %166 = "stablehlo.compare"(%156, %157) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%166) : (tensor<i1>) -> ()
      }, {
      ^bb0(%167: tensor<i32>, %168: tensor<i32>, %169: tensor<1x2x2x32x16xf32>, %170: tensor<1x2x32x16xf32>, %171: tensor<1x2x32x16xf32>, %172: tensor<32xi32>, %173: tensor<32xi32>, %174: tensor<1x2x2x32xf32>, %175: tensor<1x2x2x32xf32>, %176: tensor<1x2x2x32x16xf32>):
        %177 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %178 = "stablehlo.multiply"(%167, %177) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %179 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %180 = "stablehlo.dynamic_slice"(%169, %179, %179, %179, %178, %179) {slice_sizes = array<i64: 1, 2, 2, 8, 16>} : (tensor<1x2x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %181 = "stablehlo.reshape"(%180) : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %182 = "stablehlo.dynamic_slice"(%172, %178) {slice_sizes = array<i64: 8>} : (tensor<32xi32>, tensor<i32>) -> tensor<8xi32>
        %183 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %184 = "stablehlo.dynamic_slice"(%174, %183, %183, %183, %178) {slice_sizes = array<i64: 1, 2, 2, 8>} : (tensor<1x2x2x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %185 = "stablehlo.reshape"(%184) : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %186 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %187 = "stablehlo.dynamic_slice"(%175, %186, %186, %186, %178) {slice_sizes = array<i64: 1, 2, 2, 8>} : (tensor<1x2x2x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8xf32>
        %188 = "stablehlo.reshape"(%187) : (tensor<1x2x2x8xf32>) -> tensor<1x2x16xf32>
        %189 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %190 = "stablehlo.dynamic_slice"(%176, %189, %189, %189, %178, %189) {slice_sizes = array<i64: 1, 2, 2, 8, 16>} : (tensor<1x2x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x8x16xf32>
        %191 = "stablehlo.reshape"(%190) : (tensor<1x2x2x8x16xf32>) -> tensor<1x2x16x16xf32>
        %192 = "stablehlo.slice"(%182) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>} : (tensor<8xi32>) -> tensor<1xi32>
        %193 = "stablehlo.reshape"(%192) : (tensor<1xi32>) -> tensor<i32>
        %194 = "stablehlo.slice"(%173) {limit_indices = array<i64: 32>, start_indices = array<i64: 0>, strides = array<i64: 8>} : (tensor<32xi32>) -> tensor<4xi32>
        %195 = "stablehlo.broadcast_in_dim"(%193) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<4xi32>
        %196 = "stablehlo.compare"(%194, %195) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
        %197 = "stablehlo.convert"(%196) : (tensor<4xi1>) -> tensor<4xi32>
        %198 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %199 = "stablehlo.reduce"(%197, %198) ({
        ^bb0(%200: tensor<i32>, %201: tensor<i32>):
          %202 = "stablehlo.add"(%200, %201) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%202) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<4xi32>, tensor<i32>) -> tensor<i32>
        %203 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %272:10 = "stablehlo.while"(%203, %199, %181, %182, %170, %171, %173, %185, %188, %191) ({
        ^bb0(%204: tensor<i32>, %205: tensor<i32>, %206: tensor<1x2x16x16xf32>, %207: tensor<8xi32>, %208: tensor<1x2x32x16xf32>, %209: tensor<1x2x32x16xf32>, %210: tensor<32xi32>, %211: tensor<1x2x16xf32>, %212: tensor<1x2x16xf32>, %213: tensor<1x2x16x16xf32>):
          %214 = "stablehlo.compare"(%204, %205) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%214) : (tensor<i1>) -> ()
        }, {
        ^bb0(%215: tensor<i32>, %216: tensor<i32>, %217: tensor<1x2x16x16xf32>, %218: tensor<8xi32>, %219: tensor<1x2x32x16xf32>, %220: tensor<1x2x32x16xf32>, %221: tensor<32xi32>, %222: tensor<1x2x16xf32>, %223: tensor<1x2x16xf32>, %224: tensor<1x2x16x16xf32>):
          %225 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
          %226 = "stablehlo.multiply"(%215, %225) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %227 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %228 = "stablehlo.dynamic_slice"(%219, %227, %227, %226, %227) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %229 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %230 = "stablehlo.dynamic_slice"(%220, %229, %229, %226, %229) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %231 = "stablehlo.dynamic_slice"(%221, %226) {slice_sizes = array<i64: 8>} : (tensor<32xi32>, tensor<i32>) -> tensor<8xi32>
          %232 = "stablehlo.dot_general"(%217, %228) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %233 = "stablehlo.broadcast_in_dim"(%218) {broadcast_dimensions = array<i64: 1>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %234 = "stablehlo.reshape"(%233) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %235 = "stablehlo.broadcast_in_dim"(%231) {broadcast_dimensions = array<i64: 2>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %236 = "stablehlo.reshape"(%235) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %237 = "stablehlo.compare"(%236, %234) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %238 = "stablehlo.broadcast_in_dim"(%237) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %239 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %240 = "stablehlo.broadcast_in_dim"(%239) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %241 = "stablehlo.select"(%238, %232, %240) : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %242 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %243 = "stablehlo.reduce"(%241, %242) ({
          ^bb0(%244: tensor<f32>, %245: tensor<f32>):
            %246 = "stablehlo.maximum"(%244, %245) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%246) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %247 = "stablehlo.maximum"(%222, %243) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %248 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %249 = "stablehlo.broadcast_in_dim"(%248) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
          %250 = "stablehlo.compare"(%247, %249) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %251 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
          %252 = "stablehlo.broadcast_in_dim"(%251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
          %253 = "stablehlo.select"(%250, %252, %247) : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %254 = "stablehlo.broadcast_in_dim"(%253) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %255 = "stablehlo.subtract"(%241, %254) : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %256 = "stablehlo.exponential"(%255) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %257 = "stablehlo.subtract"(%222, %253) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %258 = "stablehlo.exponential"(%257) : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %259 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
          %260 = "stablehlo.reduce"(%256, %259) ({
          ^bb0(%261: tensor<f32>, %262: tensor<f32>):
            %263 = "stablehlo.add"(%261, %262) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%263) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %264 = "stablehlo.multiply"(%223, %258) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %265 = "stablehlo.add"(%264, %260) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %266 = "stablehlo.dot_general"(%256, %230) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %267 = "stablehlo.broadcast_in_dim"(%258) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %268 = "stablehlo.multiply"(%224, %267) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %269 = "stablehlo.add"(%268, %266) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %270 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %271 = "stablehlo.add"(%215, %270) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%271, %216, %217, %218, %219, %220, %221, %247, %265, %269) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %273 = "stablehlo.reshape"(%272#7) : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %274 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %275 = "stablehlo.dynamic_update_slice"(%174, %273, %274, %274, %274, %178) : (tensor<1x2x2x32xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x32xf32>
        %276 = "stablehlo.reshape"(%272#8) : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %277 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %278 = "stablehlo.dynamic_update_slice"(%175, %276, %277, %277, %277, %178) : (tensor<1x2x2x32xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x32xf32>
        %279 = "stablehlo.reshape"(%272#9) : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
        %280 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %281 = "stablehlo.dynamic_update_slice"(%176, %279, %280, %280, %280, %178, %280) : (tensor<1x2x2x32x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x32x16xf32>
        %282 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %283 = "stablehlo.add"(%167, %282) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%283, %168, %169, %170, %171, %172, %173, %275, %278, %281) : (tensor<i32>, tensor<i32>, tensor<1x2x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<32xi32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32x16xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x2x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<32xi32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<32xi32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32x16xf32>)
      %285 = "stablehlo.broadcast_in_dim"(%284#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x2x2x32xf32>) -> tensor<1x2x2x32x16xf32>
      %286 = "stablehlo.divide"(%284#9, %285) : (tensor<1x2x2x32x16xf32>, tensor<1x2x2x32x16xf32>) -> tensor<1x2x2x32x16xf32>
      %287 = "stablehlo.transpose"(%286) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x32x16xf32>) -> tensor<1x32x2x2x16xf32>
      %288 = "stablehlo.reshape"(%287) : (tensor<1x32x2x2x16xf32>) -> tensor<1x32x64xf32>
      %289 = "stablehlo.dot_general"(%288, %45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x32x64xf32>, tensor<64x64xf32>) -> tensor<1x32x64xf32>
      %290 = "stablehlo.add"(%20, %289) : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<1x32x64xf32>
      %291 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %292 = "stablehlo.broadcast_in_dim"(%291) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x64xf32>
      %293 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
      %294 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %346:8 = "stablehlo.while"(%294, %293, %290, %51, %54, %57, %48, %292) ({
      ^bb0(%295: tensor<i32>, %296: tensor<i32>, %297: tensor<1x32x64xf32>, %298: tensor<172x64xf32>, %299: tensor<172x64xf32>, %300: tensor<64x172xf32>, %301: tensor<64xf32>, %302: tensor<1x32x64xf32>):
        %303 = "stablehlo.compare"(%295, %296) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%303) : (tensor<i1>) -> ()
      }, {
      ^bb0(%304: tensor<i32>, %305: tensor<i32>, %306: tensor<1x32x64xf32>, %307: tensor<172x64xf32>, %308: tensor<172x64xf32>, %309: tensor<64x172xf32>, %310: tensor<64xf32>, %311: tensor<1x32x64xf32>):
        %312 = "stablehlo.constant"() {value = dense<16> : tensor<i32>} : () -> tensor<i32>
        %313 = "stablehlo.multiply"(%304, %312) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %314 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %315 = "stablehlo.dynamic_slice"(%306, %314, %313, %314) {slice_sizes = array<i64: 1, 16, 64>} : (tensor<1x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
        %316 = "stablehlo.multiply"(%315, %315) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %317 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %318 = "stablehlo.reduce"(%316, %317) ({
        ^bb0(%319: tensor<f32>, %320: tensor<f32>):
          %321 = "stablehlo.add"(%319, %320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%321) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
        %322 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
        %323 = "stablehlo.broadcast_in_dim"(%322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %324 = "stablehlo.divide"(%318, %323) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %325 = "stablehlo.reshape"(%324) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
        %326 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
        %327 = "stablehlo.broadcast_in_dim"(%326) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16x1xf32>
        %328 = "stablehlo.add"(%325, %327) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
        %329 = "stablehlo.rsqrt"(%328) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
        %330 = "stablehlo.reshape"(%329) : (tensor<1x16x1xf32>) -> tensor<1x16xf32>
        %331 = "stablehlo.broadcast_in_dim"(%330) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x16xf32>) -> tensor<1x16x64xf32>
        %332 = "stablehlo.multiply"(%315, %331) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %333 = "stablehlo.broadcast_in_dim"(%310) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
        %334 = "stablehlo.multiply"(%332, %333) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %335 = "stablehlo.dot_general"(%334, %308) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x64xf32>, tensor<172x64xf32>) -> tensor<1x16x172xf32>
        %336 = "stablehlo.logistic"(%335) : (tensor<1x16x172xf32>) -> tensor<1x16x172xf32>
        %337 = "stablehlo.multiply"(%335, %336) : (tensor<1x16x172xf32>, tensor<1x16x172xf32>) -> tensor<1x16x172xf32>
        %338 = "stablehlo.dot_general"(%334, %307) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x64xf32>, tensor<172x64xf32>) -> tensor<1x16x172xf32>
        %339 = "stablehlo.multiply"(%337, %338) : (tensor<1x16x172xf32>, tensor<1x16x172xf32>) -> tensor<1x16x172xf32>
        %340 = "stablehlo.dot_general"(%339, %309) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x172xf32>, tensor<64x172xf32>) -> tensor<1x16x64xf32>
        %341 = "stablehlo.add"(%315, %340) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %342 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %343 = "stablehlo.dynamic_update_slice"(%311, %341, %342, %313, %342) : (tensor<1x32x64xf32>, tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
        %344 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %345 = "stablehlo.add"(%304, %344) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%345, %305, %306, %307, %308, %309, %310, %343) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x32x64xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x32x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x32x64xf32>)
      %347 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %348 = "stablehlo.add"(%18, %347) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%348, %19, %346#7, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<32xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<32xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<32xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %350 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %351 = "stablehlo.broadcast_in_dim"(%350) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x256xf32>
    %352 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %353 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %395:6 = "stablehlo.while"(%353, %352, %349#2, %arg11, %arg12, %351) ({
    ^bb0(%354: tensor<i32>, %355: tensor<i32>, %356: tensor<1x32x64xf32>, %357: tensor<64xf32>, %358: tensor<256x64xf32>, %359: tensor<1x32x256xf32>):
      %360 = "stablehlo.compare"(%354, %355) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%360) : (tensor<i1>) -> ()
    }, {
    ^bb0(%361: tensor<i32>, %362: tensor<i32>, %363: tensor<1x32x64xf32>, %364: tensor<64xf32>, %365: tensor<256x64xf32>, %366: tensor<1x32x256xf32>):
      %367 = "stablehlo.constant"() {value = dense<16> : tensor<i32>} : () -> tensor<i32>
      %368 = "stablehlo.multiply"(%361, %367) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %369 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %370 = "stablehlo.dynamic_slice"(%363, %369, %368, %369) {slice_sizes = array<i64: 1, 16, 64>} : (tensor<1x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
      %371 = "stablehlo.multiply"(%370, %370) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %372 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %373 = "stablehlo.reduce"(%371, %372) ({
      ^bb0(%374: tensor<f32>, %375: tensor<f32>):
        %376 = "stablehlo.add"(%374, %375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%376) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
      %377 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
      %378 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
      %379 = "stablehlo.divide"(%373, %378) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
      %380 = "stablehlo.reshape"(%379) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %381 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
      %382 = "stablehlo.broadcast_in_dim"(%381) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16x1xf32>
      %383 = "stablehlo.add"(%380, %382) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %384 = "stablehlo.rsqrt"(%383) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %385 = "stablehlo.reshape"(%384) : (tensor<1x16x1xf32>) -> tensor<1x16xf32>
      %386 = "stablehlo.broadcast_in_dim"(%385) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x16xf32>) -> tensor<1x16x64xf32>
      %387 = "stablehlo.multiply"(%370, %386) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %388 = "stablehlo.broadcast_in_dim"(%364) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
      %389 = "stablehlo.multiply"(%387, %388) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %390 = "stablehlo.dot_general"(%389, %365) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x64xf32>, tensor<256x64xf32>) -> tensor<1x16x256xf32>
      %391 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %392 = "stablehlo.dynamic_update_slice"(%366, %390, %391, %368, %391) : (tensor<1x32x256xf32>, tensor<1x16x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x256xf32>
      %393 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %394 = "stablehlo.add"(%361, %393) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%394, %362, %363, %364, %365, %392) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x32x256xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x32x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x32x256xf32>)
    %396 = "stablehlo.reshape"(%395#5) : (tensor<1x32x256xf32>) -> tensor<1x32x256xf32>
    return %396 : tensor<1x32x256xf32>
  }
}
