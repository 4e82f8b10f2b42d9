module @tiny_forward attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x32xi32>, %arg1: tensor<256x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<2x64x64xf32>, %arg4: tensor<2x32x64xf32>, %arg5: tensor<2x32x64xf32>, %arg6: tensor<2x64x64xf32>, %arg7: tensor<2x64xf32>, %arg8: tensor<2x172x64xf32>, %arg9: tensor<2x172x64xf32>, %arg10: tensor<2x64x172xf32>, %arg11: tensor<64xf32>, %arg12: tensor<256x64xf32>) -> (tensor<1x32x256xf32>) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<256x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %1 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<32xi32>
    %2 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %3 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %420:13 = "stablehlo.while"(%3, %2, %0, %1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
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
      %355:10 = "stablehlo.while"(%155, %154, %145, %146, %147, %21, %21, %149, %151, %153) ({
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
        %192 = "stablehlo.slice"(%182) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<8xi32>) -> tensor<1xi32>
        %193 = "stablehlo.reshape"(%192) : (tensor<1xi32>) -> tensor<i32>
        %194 = "stablehlo.slice"(%182) {limit_indices = array<i64: 8>, start_indices = array<i64: 7>, strides = array<i64: 1>} : (tensor<8xi32>) -> tensor<1xi32>
        %195 = "stablehlo.reshape"(%194) : (tensor<1xi32>) -> tensor<i32>
        %196 = "stablehlo.slice"(%173) {limit_indices = array<i64: 32>, start_indices = array<i64: 0>, strides = array<i64: 8>} : (tensor<32xi32>) -> tensor<4xi32>
        %197 = "stablehlo.slice"(%173) {limit_indices = array<i64: 32>, start_indices = array<i64: 7>, strides = array<i64: 8>} : (tensor<32xi32>) -> tensor<4xi32>
        %198 = "stablehlo.broadcast_in_dim"(%195) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<4xi32>
        %199 = "stablehlo.compare"(%196, %198) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
        %200 = "stablehlo.convert"(%199) : (tensor<4xi1>) -> tensor<4xi32>
        %201 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %202 = "stablehlo.reduce"(%200, %201) ({
        ^bb0(%203: tensor<i32>, %204: tensor<i32>):
          %205 = "stablehlo.add"(%203, %204) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%205) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<4xi32>, tensor<i32>) -> tensor<i32>
        %206 = "stablehlo.broadcast_in_dim"(%193) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<4xi32>
        %207 = "stablehlo.compare"(%197, %206) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
        %208 = "stablehlo.convert"(%207) : (tensor<4xi1>) -> tensor<4xi32>
        %209 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %210 = "stablehlo.reduce"(%208, %209) ({
        ^bb0(%211: tensor<i32>, %212: tensor<i32>):
          %213 = "stablehlo.add"(%211, %212) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%213) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<4xi32>, tensor<i32>) -> tensor<i32>
        %214 = "stablehlo.minimum"(%210, %202) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %215 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %274:10 = "stablehlo.while"(%215, %214, %181, %182, %170, %171, %173, %185, %188, %191) ({
        ^bb0(%216: tensor<i32>, %217: tensor<i32>, %218: tensor<1x2x16x16xf32>, %219: tensor<8xi32>, %220: tensor<1x2x32x16xf32>, %221: tensor<1x2x32x16xf32>, %222: tensor<32xi32>, %223: tensor<1x2x16xf32>, %224: tensor<1x2x16xf32>, %225: tensor<1x2x16x16xf32>):
          %226 = "stablehlo.compare"(%216, %217) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%226) : (tensor<i1>) -> ()
        }, {
        ^bb0(%227: tensor<i32>, %228: tensor<i32>, %229: tensor<1x2x16x16xf32>, %230: tensor<8xi32>, %231: tensor<1x2x32x16xf32>, %232: tensor<1x2x32x16xf32>, %233: tensor<32xi32>, %234: tensor<1x2x16xf32>, %235: tensor<1x2x16xf32>, %236: tensor<1x2x16x16xf32>):
          %237 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
          %238 = "stablehlo.multiply"(%227, %237) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %239 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %240 = "stablehlo.dynamic_slice"(%231, %239, %239, %238, %239) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %241 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %242 = "stablehlo.dynamic_slice"(%232, %241, %241, %238, %241) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %243 = "stablehlo.dot_general"(%229, %240) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %244 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %245 = "stablehlo.reduce"(%243, %244) ({
          ^bb0(%246: tensor<f32>, %247: tensor<f32>):
            %248 = "stablehlo.maximum"(%246, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%248) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %249 = "stablehlo.maximum"(%234, %245) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %250 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %251 = "stablehlo.broadcast_in_dim"(%250) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
          %252 = "stablehlo.compare"(%249, %251) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %253 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
          %254 = "stablehlo.broadcast_in_dim"(%253) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
          %255 = "stablehlo.select"(%252, %254, %249) : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %256 = "stablehlo.broadcast_in_dim"(%255) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %257 = "stablehlo.subtract"(%243, %256) : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %258 = "stablehlo.exponential"(%257) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %259 = "stablehlo.subtract"(%234, %255) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %260 = "stablehlo.exponential"(%259) : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %261 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
          %262 = "stablehlo.reduce"(%258, %261) ({
          ^bb0(%263: tensor<f32>, %264: tensor<f32>):
            %265 = "stablehlo.add"(%263, %264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%265) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %266 = "stablehlo.multiply"(%235, %260) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %267 = "stablehlo.add"(%266, %262) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %268 = "stablehlo.dot_general"(%258, %242) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %269 = "stablehlo.broadcast_in_dim"(%260) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %270 = "stablehlo.multiply"(%236, %269) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %271 = "stablehlo.add"(%270, %268) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %272 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %273 = "stablehlo.add"(%227, %272) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%273, %228, %229, %230, %231, %232, %233, %249, %267, %271) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %343:10 = "stablehlo.while"(%214, %202, %274#2, %274#3, %274#4, %274#5, %274#6, %274#7, %274#8, %274#9) ({
        ^bb0(%275: tensor<i32>, %276: tensor<i32>, %277: tensor<1x2x16x16xf32>, %278: tensor<8xi32>, %279: tensor<1x2x32x16xf32>, %280: tensor<1x2x32x16xf32>, %281: tensor<32xi32>, %282: tensor<1x2x16xf32>, %283: tensor<1x2x16xf32>, %284: tensor<1x2x16x16xf32>):
          %285 = "stablehlo.compare"(%275, %276) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%285) : (tensor<i1>) -> ()
        }, {
        ^bb0(%286: tensor<i32>, %287: tensor<i32>, %288: tensor<1x2x16x16xf32>, %289: tensor<8xi32>, %290: tensor<1x2x32x16xf32>, %291: tensor<1x2x32x16xf32>, %292: tensor<32xi32>, %293: tensor<1x2x16xf32>, %294: tensor<1x2x16xf32>, %295: tensor<1x2x16x16xf32>):
          %296 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
          %297 = "stablehlo.multiply"(%286, %296) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %298 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %299 = "stablehlo.dynamic_slice"(%290, %298, %298, %297, %298) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %300 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %301 = "stablehlo.dynamic_slice"(%291, %300, %300, %297, %300) {slice_sizes = array<i64: 1, 2, 8, 16>} : (tensor<1x2x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x8x16xf32>
          %302 = "stablehlo.dot_general"(%288, %299) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x8xf32>
          %303 = "stablehlo.dynamic_slice"(%292, %297) {slice_sizes = array<i64: 8>} : (tensor<32xi32>, tensor<i32>) -> tensor<8xi32>
          %304 = "stablehlo.broadcast_in_dim"(%289) {broadcast_dimensions = array<i64: 1>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %305 = "stablehlo.reshape"(%304) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %306 = "stablehlo.broadcast_in_dim"(%303) {broadcast_dimensions = array<i64: 2>} : (tensor<8xi32>) -> tensor<2x8x8xi32>
          %307 = "stablehlo.reshape"(%306) : (tensor<2x8x8xi32>) -> tensor<16x8xi32>
          %308 = "stablehlo.compare"(%307, %305) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<16x8xi32>, tensor<16x8xi32>) -> tensor<16x8xi1>
          %309 = "stablehlo.broadcast_in_dim"(%308) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<16x8xi1>) -> tensor<1x2x16x8xi1>
          %310 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %311 = "stablehlo.broadcast_in_dim"(%310) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16x8xf32>
          %312 = "stablehlo.select"(%309, %302, %311) : (tensor<1x2x16x8xi1>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %313 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %314 = "stablehlo.reduce"(%312, %313) ({
          ^bb0(%315: tensor<f32>, %316: tensor<f32>):
            %317 = "stablehlo.maximum"(%315, %316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%317) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %318 = "stablehlo.maximum"(%293, %314) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %319 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
          %320 = "stablehlo.broadcast_in_dim"(%319) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
          %321 = "stablehlo.compare"(%318, %320) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xi1>
          %322 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
          %323 = "stablehlo.broadcast_in_dim"(%322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x16xf32>
          %324 = "stablehlo.select"(%321, %323, %318) : (tensor<1x2x16xi1>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %325 = "stablehlo.broadcast_in_dim"(%324) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x8xf32>
          %326 = "stablehlo.subtract"(%312, %325) : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %327 = "stablehlo.exponential"(%326) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
          %328 = "stablehlo.subtract"(%293, %324) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %329 = "stablehlo.exponential"(%328) : (tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %330 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
          %331 = "stablehlo.reduce"(%327, %330) ({
          ^bb0(%332: tensor<f32>, %333: tensor<f32>):
            %334 = "stablehlo.add"(%332, %333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%334) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>} : (tensor<1x2x16x8xf32>, tensor<f32>) -> tensor<1x2x16xf32>
          %335 = "stablehlo.multiply"(%294, %329) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %336 = "stablehlo.add"(%335, %331) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
          %337 = "stablehlo.dot_general"(%327, %301) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
          %338 = "stablehlo.broadcast_in_dim"(%329) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x2x16xf32>) -> tensor<1x2x16x16xf32>
          %339 = "stablehlo.multiply"(%295, %338) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %340 = "stablehlo.add"(%339, %337) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
          %341 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %342 = "stablehlo.add"(%286, %341) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%342, %287, %288, %289, %290, %291, %292, %318, %336, %340) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<8xi32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16x16xf32>)
        %344 = "stablehlo.reshape"(%343#7) : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %345 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %346 = "stablehlo.dynamic_update_slice"(%174, %344, %345, %345, %345, %178) : (tensor<1x2x2x32xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x32xf32>
        %347 = "stablehlo.reshape"(%343#8) : (tensor<1x2x16xf32>) -> tensor<1x2x2x8xf32>
        %348 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %349 = "stablehlo.dynamic_update_slice"(%175, %347, %348, %348, %348, %178) : (tensor<1x2x2x32xf32>, tensor<1x2x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x32xf32>
        %350 = "stablehlo.reshape"(%343#9) : (tensor<1x2x16x16xf32>) -> tensor<1x2x2x8x16xf32>
        %351 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %352 = "stablehlo.dynamic_update_slice"(%176, %350, %351, %351, %351, %178, %351) : (tensor<1x2x2x32x16xf32>, tensor<1x2x2x8x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x32x16xf32>
        %353 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %354 = "stablehlo.add"(%167, %353) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%354, %168, %169, %170, %171, %172, %173, %346, %349, %352) : (tensor<i32>, tensor<i32>, tensor<1x2x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<32xi32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32x16xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x2x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<32xi32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x2x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<32xi32>, tensor<32xi32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32xf32>, tensor<1x2x2x32x16xf32>)
      %356 = "stablehlo.broadcast_in_dim"(%355#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x2x2x32xf32>) -> tensor<1x2x2x32x16xf32>
      %357 = "stablehlo.divide"(%355#9, %356) : (tensor<1x2x2x32x16xf32>, tensor<1x2x2x32x16xf32>) -> tensor<1x2x2x32x16xf32>
      %358 = "stablehlo.transpose"(%357) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x32x16xf32>) -> tensor<1x32x2x2x16xf32>
      %359 = "stablehlo.reshape"(%358) : (tensor<1x32x2x2x16xf32>) -> tensor<1x32x64xf32>
      %360 = "stablehlo.dot_general"(%359, %45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x32x64xf32>, tensor<64x64xf32>) -> tensor<1x32x64xf32>
      %361 = "stablehlo.add"(%20, %360) : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<1x32x64xf32>
      %362 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %363 = "stablehlo.broadcast_in_dim"(%362) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x64xf32>
      %364 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
      %365 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %417:8 = "stablehlo.while"(%365, %364, %361, %51, %54, %57, %48, %363) ({
      ^bb0(%366: tensor<i32>, %367: tensor<i32>, %368: tensor<1x32x64xf32>, %369: tensor<172x64xf32>, %370: tensor<172x64xf32>, %371: tensor<64x172xf32>, %372: tensor<64xf32>, %373: tensor<1x32x64xf32>):
        %374 = "stablehlo.compare"(%366, %367) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%374) : (tensor<i1>) -> ()
      }, {
      ^bb0(%375: tensor<i32>, %376: tensor<i32>, %377: tensor<1x32x64xf32>, %378: tensor<172x64xf32>, %379: tensor<172x64xf32>, %380: tensor<64x172xf32>, %381: tensor<64xf32>, %382: tensor<1x32x64xf32>):
        %383 = "stablehlo.constant"() {value = dense<16> : tensor<i32>} : () -> tensor<i32>
        %384 = "stablehlo.multiply"(%375, %383) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %385 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %386 = "stablehlo.dynamic_slice"(%377, %385, %384, %385) {slice_sizes = array<i64: 1, 16, 64>} : (tensor<1x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
        %387 = "stablehlo.multiply"(%386, %386) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %388 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %389 = "stablehlo.reduce"(%387, %388) ({
        ^bb0(%390: tensor<f32>, %391: tensor<f32>):
          %392 = "stablehlo.add"(%390, %391) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%392) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
        %393 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
        %394 = "stablehlo.broadcast_in_dim"(%393) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %395 = "stablehlo.divide"(%389, %394) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %396 = "stablehlo.reshape"(%395) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
        %397 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
        %398 = "stablehlo.broadcast_in_dim"(%397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16x1xf32>
        %399 = "stablehlo.add"(%396, %398) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
        %400 = "stablehlo.rsqrt"(%399) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
        %401 = "stablehlo.reshape"(%400) : (tensor<1x16x1xf32>) -> tensor<1x16xf32>
        %402 = "stablehlo.broadcast_in_dim"(%401) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x16xf32>) -> tensor<1x16x64xf32>
        %403 = "stablehlo.multiply"(%386, %402) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %404 = "stablehlo.broadcast_in_dim"(%381) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
        %405 = "stablehlo.multiply"(%403, %404) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %406 = "stablehlo.dot_general"(%405, %379) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x64xf32>, tensor<172x64xf32>) -> tensor<1x16x172xf32>
        %407 = "stablehlo.logistic"(%406) : (tensor<1x16x172xf32>) -> tensor<1x16x172xf32>
        %408 = "stablehlo.multiply"(%406, %407) : (tensor<1x16x172xf32>, tensor<1x16x172xf32>) -> tensor<1x16x172xf32>
        %409 = "stablehlo.dot_general"(%405, %378) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x64xf32>, tensor<172x64xf32>) -> tensor<1x16x172xf32>
        %410 = "stablehlo.multiply"(%408, %409) : (tensor<1x16x172xf32>, tensor<1x16x172xf32>) -> tensor<1x16x172xf32>
        %411 = "stablehlo.dot_general"(%410, %380) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x172xf32>, tensor<64x172xf32>) -> tensor<1x16x64xf32>
        %412 = "stablehlo.add"(%386, %411) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %413 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %414 = "stablehlo.dynamic_update_slice"(%382, %412, %413, %384, %413) : (tensor<1x32x64xf32>, tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xf32>
        %415 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %416 = "stablehlo.add"(%375, %415) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%416, %376, %377, %378, %379, %380, %381, %414) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x32x64xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x32x64xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<172x64xf32>, tensor<172x64xf32>, tensor<64x172xf32>, tensor<64xf32>, tensor<1x32x64xf32>)
      %418 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %419 = "stablehlo.add"(%18, %418) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%419, %19, %417#7, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<32xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<32xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<32xi32>, tensor<2x64xf32>, tensor<2x64x64xf32>, tensor<2x32x64xf32>, tensor<2x32x64xf32>, tensor<2x64x64xf32>, tensor<2x64xf32>, tensor<2x172x64xf32>, tensor<2x172x64xf32>, tensor<2x64x172xf32>)
    %421 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %422 = "stablehlo.broadcast_in_dim"(%421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x256xf32>
    %423 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %424 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %466:6 = "stablehlo.while"(%424, %423, %420#2, %arg11, %arg12, %422) ({
    ^bb0(%425: tensor<i32>, %426: tensor<i32>, %427: tensor<1x32x64xf32>, %428: tensor<64xf32>, %429: tensor<256x64xf32>, %430: tensor<1x32x256xf32>):
      %431 = "stablehlo.compare"(%425, %426) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%431) : (tensor<i1>) -> ()
    }, {
    ^bb0(%432: tensor<i32>, %433: tensor<i32>, %434: tensor<1x32x64xf32>, %435: tensor<64xf32>, %436: tensor<256x64xf32>, %437: tensor<1x32x256xf32>):
      %438 = "stablehlo.constant"() {value = dense<16> : tensor<i32>} : () -> tensor<i32>
      %439 = "stablehlo.multiply"(%432, %438) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %440 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %441 = "stablehlo.dynamic_slice"(%434, %440, %439, %440) {slice_sizes = array<i64: 1, 16, 64>} : (tensor<1x32x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x64xf32>
      %442 = "stablehlo.multiply"(%441, %441) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %443 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %444 = "stablehlo.reduce"(%442, %443) ({
      ^bb0(%445: tensor<f32>, %446: tensor<f32>):
        %447 = "stablehlo.add"(%445, %446) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%447) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
      %448 = "stablehlo.constant"() {value = dense<64.0> : tensor<f32>} : () -> tensor<f32>
      %449 = "stablehlo.broadcast_in_dim"(%448) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
      %450 = "stablehlo.divide"(%444, %449) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
      %451 = "stablehlo.reshape"(%450) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %452 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
      %453 = "stablehlo.broadcast_in_dim"(%452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16x1xf32>
      %454 = "stablehlo.add"(%451, %453) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %455 = "stablehlo.rsqrt"(%454) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %456 = "stablehlo.reshape"(%455) : (tensor<1x16x1xf32>) -> tensor<1x16xf32>
      %457 = "stablehlo.broadcast_in_dim"(%456) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x16xf32>) -> tensor<1x16x64xf32>
      %458 = "stablehlo.multiply"(%441, %457) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %459 = "stablehlo.broadcast_in_dim"(%435) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
      %460 = "stablehlo.multiply"(%458, %459) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %461 = "stablehlo.dot_general"(%460, %436) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x64xf32>, tensor<256x64xf32>) -> tensor<1x16x256xf32>
      %462 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %463 = "stablehlo.dynamic_update_slice"(%437, %461, %462, %439, %462) : (tensor<1x32x256xf32>, tensor<1x16x256xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x256xf32>
      %464 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %465 = "stablehlo.add"(%432, %464) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%465, %433, %434, %435, %436, %463) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x32x256xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x32x256xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<1x32x256xf32>)
    %467 = "stablehlo.reshape"(%466#5) : (tensor<1x32x256xf32>) -> tensor<1x32x256xf32>
    return %467 : tensor<1x32x256xf32>
  }
}
