module @llama2_7b_ring8_striped_forward attributes {mhlo.num_partitions = 8 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x8192xi32>, %arg1: tensor<32000x4096xbf16>, %arg2: tensor<1x4096xbf16>, %arg3: tensor<1x4096x4096xbf16>, %arg4: tensor<1x4096x4096xbf16>, %arg5: tensor<1x4096x4096xbf16>, %arg6: tensor<1x4096x4096xbf16>, %arg7: tensor<1x4096xbf16>, %arg8: tensor<1x11008x4096xbf16>, %arg9: tensor<1x11008x4096xbf16>, %arg10: tensor<1x4096x11008xbf16>, %arg11: tensor<4096xbf16>, %arg12: tensor<32000x4096xbf16>) -> (tensor<1x8192x32000xf32>) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4096>} : (tensor<32000x4096xbf16>, tensor<1x8192xi32>) -> tensor<1x8192x4096xbf16>
    %1 = "stablehlo.convert"(%0) : (tensor<1x8192x4096xbf16>) -> tensor<1x8192x4096xf32>
    %2 = "stablehlo.partition_id"() : () -> tensor<ui32>
    %3 = "stablehlo.convert"(%2) : (tensor<ui32>) -> tensor<i32>
    %4 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %5 = "stablehlo.remainder"(%3, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<8192xi32>
    %7 = "stablehlo.broadcast_in_dim"(%5) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8192xi32>
    %8 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %9 = "stablehlo.broadcast_in_dim"(%8) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8192xi32>
    %10 = "stablehlo.multiply"(%6, %9) : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
    %11 = "stablehlo.add"(%7, %10) : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
    %12 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %13 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %408:14 = "stablehlo.while"(%13, %12, %1, %11, %5, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
    ^bb0(%14: tensor<i32>, %15: tensor<i32>, %16: tensor<1x8192x4096xf32>, %17: tensor<8192xi32>, %18: tensor<i32>, %19: tensor<1x4096xbf16>, %20: tensor<1x4096x4096xbf16>, %21: tensor<1x4096x4096xbf16>, %22: tensor<1x4096x4096xbf16>, %23: tensor<1x4096x4096xbf16>, %24: tensor<1x4096xbf16>, %25: tensor<1x11008x4096xbf16>, %26: tensor<1x11008x4096xbf16>, %27: tensor<1x4096x11008xbf16>):
      %28 = "stablehlo.compare"(%14, %15) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%28) : (tensor<i1>) -> ()
    }, {
    ^bb0(%29: tensor<i32>, %30: tensor<i32>, %31: tensor<1x8192x4096xf32>, %32: tensor<8192xi32>, %33: tensor<i32>, %34: tensor<1x4096xbf16>, %35: tensor<1x4096x4096xbf16>, %36: tensor<1x4096x4096xbf16>, %37: tensor<1x4096x4096xbf16>, %38: tensor<1x4096x4096xbf16>, %39: tensor<1x4096xbf16>, %40: tensor<1x11008x4096xbf16>, %41: tensor<1x11008x4096xbf16>, %42: tensor<1x4096x11008xbf16>):
      %43 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %44 = "stablehlo.dynamic_slice"(%34, %29, %43) {slice_sizes = array<i64: 1, 4096>} : (tensor<1x4096xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x4096xbf16>
      %45 = "stablehlo.reshape"(%44) : (tensor<1x4096xbf16>) -> tensor<4096xbf16>
      %46 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %47 = "stablehlo.dynamic_slice"(%35, %29, %46, %46) {slice_sizes = array<i64: 1, 4096, 4096>} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %48 = "stablehlo.reshape"(%47) : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %49 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %50 = "stablehlo.dynamic_slice"(%36, %29, %49, %49) {slice_sizes = array<i64: 1, 4096, 4096>} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %51 = "stablehlo.reshape"(%50) : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %52 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %53 = "stablehlo.dynamic_slice"(%37, %29, %52, %52) {slice_sizes = array<i64: 1, 4096, 4096>} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %54 = "stablehlo.reshape"(%53) : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %55 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %56 = "stablehlo.dynamic_slice"(%38, %29, %55, %55) {slice_sizes = array<i64: 1, 4096, 4096>} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %57 = "stablehlo.reshape"(%56) : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %58 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %59 = "stablehlo.dynamic_slice"(%39, %29, %58) {slice_sizes = array<i64: 1, 4096>} : (tensor<1x4096xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x4096xbf16>
      %60 = "stablehlo.reshape"(%59) : (tensor<1x4096xbf16>) -> tensor<4096xbf16>
      %61 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %62 = "stablehlo.dynamic_slice"(%40, %29, %61, %61) {slice_sizes = array<i64: 1, 11008, 4096>} : (tensor<1x11008x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x11008x4096xbf16>
      %63 = "stablehlo.reshape"(%62) : (tensor<1x11008x4096xbf16>) -> tensor<11008x4096xbf16>
      %64 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %65 = "stablehlo.dynamic_slice"(%41, %29, %64, %64) {slice_sizes = array<i64: 1, 11008, 4096>} : (tensor<1x11008x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x11008x4096xbf16>
      %66 = "stablehlo.reshape"(%65) : (tensor<1x11008x4096xbf16>) -> tensor<11008x4096xbf16>
      %67 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %68 = "stablehlo.dynamic_slice"(%42, %29, %67, %67) {slice_sizes = array<i64: 1, 4096, 11008>} : (tensor<1x4096x11008xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x11008xbf16>
      %69 = "stablehlo.reshape"(%68) : (tensor<1x4096x11008xbf16>) -> tensor<4096x11008xbf16>
      %70 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %71 = "stablehlo.broadcast_in_dim"(%70) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x4096xf32>
      %72 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %73 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %113:5 = "stablehlo.while"(%73, %72, %31, %45, %71) ({
      ^bb0(%74: tensor<i32>, %75: tensor<i32>, %76: tensor<1x8192x4096xf32>, %77: tensor<4096xbf16>, %78: tensor<1x8192x4096xf32>):
        %79 = "stablehlo.compare"(%74, %75) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%79) : (tensor<i1>) -> ()
      }, {
      ^bb0(%80: tensor<i32>, %81: tensor<i32>, %82: tensor<1x8192x4096xf32>, %83: tensor<4096xbf16>, %84: tensor<1x8192x4096xf32>):
        %85 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
        %86 = "stablehlo.multiply"(%80, %85) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %87 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %88 = "stablehlo.dynamic_slice"(%82, %87, %86, %87) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
        %89 = "stablehlo.multiply"(%88, %88) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %90 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %91 = "stablehlo.reduce"(%89, %90) ({
        ^bb0(%92: tensor<f32>, %93: tensor<f32>):
          %94 = "stablehlo.add"(%92, %93) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%94) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
        %95 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
        %96 = "stablehlo.broadcast_in_dim"(%95) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
        %97 = "stablehlo.divide"(%91, %96) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
        %98 = "stablehlo.reshape"(%97) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
        %99 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
        %100 = "stablehlo.broadcast_in_dim"(%99) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
        %101 = "stablehlo.add"(%98, %100) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %102 = "stablehlo.rsqrt"(%101) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %103 = "stablehlo.reshape"(%102) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
        %104 = "stablehlo.broadcast_in_dim"(%103) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
        %105 = "stablehlo.multiply"(%88, %104) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %106 = "stablehlo.convert"(%83) : (tensor<4096xbf16>) -> tensor<4096xf32>
        %107 = "stablehlo.broadcast_in_dim"(%106) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
        %108 = "stablehlo.multiply"(%105, %107) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %109 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %110 = "stablehlo.dynamic_update_slice"(%84, %108, %109, %86, %109) : (tensor<1x8192x4096xf32>, tensor<1x1024x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x4096xf32>
        %111 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %112 = "stablehlo.add"(%80, %111) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%112, %81, %82, %83, %110) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<1x8192x4096xf32>)
      %114 = "stablehlo.convert"(%113#4) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %115 = "stablehlo.dot_general"(%114, %48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %116 = "stablehlo.reshape"(%115) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x32x128xf32>
      %117 = "stablehlo.convert"(%113#4) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %118 = "stablehlo.dot_general"(%117, %51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %119 = "stablehlo.reshape"(%118) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x32x128xf32>
      %120 = "stablehlo.convert"(%113#4) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %121 = "stablehlo.dot_general"(%120, %54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %122 = "stablehlo.reshape"(%121) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x32x128xf32>
      %123 = "stablehlo.constant"() {value = dense<[1.0, 0.86596435, 0.7498942, 0.64938164, 0.56234133, 0.48696753, 0.4216965, 0.36517414, 0.31622776, 0.27384198, 0.23713736, 0.2053525, 0.17782794, 0.15399265, 0.13335215, 0.1154782, 0.1, 0.08659643, 0.074989416, 0.064938165, 0.05623413, 0.048696753, 0.04216965, 0.03651741, 0.03162278, 0.027384195, 0.023713736, 0.020535251, 0.017782794, 0.015399265, 0.013335215, 0.01154782, 0.01, 0.008659643, 0.0074989423, 0.0064938166, 0.0056234132, 0.0048696753, 0.004216965, 0.0036517414, 0.0031622779, 0.0027384197, 0.0023713738, 0.002053525, 0.0017782794, 0.0015399265, 0.0013335214, 0.001154782, 0.001, 8.6596434E-4, 7.498942E-4, 6.4938166E-4, 5.623413E-4, 4.869675E-4, 4.216965E-4, 3.651741E-4, 3.162278E-4, 2.7384196E-4, 2.3713738E-4, 2.053525E-4, 1.7782794E-4, 1.5399265E-4, 1.3335215E-4, 1.1547819E-4]> : tensor<64xf32>} : () -> tensor<64xf32>
      %124 = "stablehlo.convert"(%32) : (tensor<8192xi32>) -> tensor<8192xf32>
      %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 0>} : (tensor<8192xf32>) -> tensor<8192x64xf32>
      %126 = "stablehlo.broadcast_in_dim"(%123) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<8192x64xf32>
      %127 = "stablehlo.multiply"(%125, %126) : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x64xf32>
      %128 = "stablehlo.concatenate"(%127, %127) {dimension = 1 : i64} : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x128xf32>
      %129 = "stablehlo.cosine"(%128) : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %130 = "stablehlo.broadcast_in_dim"(%129) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %131 = "stablehlo.sine"(%128) : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %132 = "stablehlo.broadcast_in_dim"(%131) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %133 = "stablehlo.slice"(%116) {limit_indices = array<i64: 1, 8192, 32, 64>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %134 = "stablehlo.slice"(%116) {limit_indices = array<i64: 1, 8192, 32, 128>, start_indices = array<i64: 0, 0, 0, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %135 = "stablehlo.negate"(%134) : (tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x64xf32>
      %136 = "stablehlo.concatenate"(%135, %133) {dimension = 3 : i64} : (tensor<1x8192x32x64xf32>, tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x128xf32>
      %137 = "stablehlo.multiply"(%116, %130) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %138 = "stablehlo.multiply"(%136, %132) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %139 = "stablehlo.add"(%137, %138) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %140 = "stablehlo.constant"() {value = dense<[1.0, 0.86596435, 0.7498942, 0.64938164, 0.56234133, 0.48696753, 0.4216965, 0.36517414, 0.31622776, 0.27384198, 0.23713736, 0.2053525, 0.17782794, 0.15399265, 0.13335215, 0.1154782, 0.1, 0.08659643, 0.074989416, 0.064938165, 0.05623413, 0.048696753, 0.04216965, 0.03651741, 0.03162278, 0.027384195, 0.023713736, 0.020535251, 0.017782794, 0.015399265, 0.013335215, 0.01154782, 0.01, 0.008659643, 0.0074989423, 0.0064938166, 0.0056234132, 0.0048696753, 0.004216965, 0.0036517414, 0.0031622779, 0.0027384197, 0.0023713738, 0.002053525, 0.0017782794, 0.0015399265, 0.0013335214, 0.001154782, 0.001, 8.6596434E-4, 7.498942E-4, 6.4938166E-4, 5.623413E-4, 4.869675E-4, 4.216965E-4, 3.651741E-4, 3.162278E-4, 2.7384196E-4, 2.3713738E-4, 2.053525E-4, 1.7782794E-4, 1.5399265E-4, 1.3335215E-4, 1.1547819E-4]> : tensor<64xf32>} : () -> tensor<64xf32>
      %141 = "stablehlo.convert"(%32) : (tensor<8192xi32>) -> tensor<8192xf32>
      %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64: 0>} : (tensor<8192xf32>) -> tensor<8192x64xf32>
      %143 = "stablehlo.broadcast_in_dim"(%140) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<8192x64xf32>
      %144 = "stablehlo.multiply"(%142, %143) : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x64xf32>
      %145 = "stablehlo.concatenate"(%144, %144) {dimension = 1 : i64} : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x128xf32>
      %146 = "stablehlo.cosine"(%145) : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %148 = "stablehlo.sine"(%145) : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %149 = "stablehlo.broadcast_in_dim"(%148) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %150 = "stablehlo.slice"(%119) {limit_indices = array<i64: 1, 8192, 32, 64>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %151 = "stablehlo.slice"(%119) {limit_indices = array<i64: 1, 8192, 32, 128>, start_indices = array<i64: 0, 0, 0, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %152 = "stablehlo.negate"(%151) : (tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x64xf32>
      %153 = "stablehlo.concatenate"(%152, %150) {dimension = 3 : i64} : (tensor<1x8192x32x64xf32>, tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x128xf32>
      %154 = "stablehlo.multiply"(%119, %147) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %155 = "stablehlo.multiply"(%153, %149) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %156 = "stablehlo.add"(%154, %155) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %157 = "stablehlo.constant"() {value = dense<0.088388346> : tensor<f32>} : () -> tensor<f32>
      %158 = "stablehlo.broadcast_in_dim"(%157) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x32x128xf32>
      %159 = "stablehlo.multiply"(%139, %158) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %160 = "stablehlo.reshape"(%159) : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x1x128xf32>
      %161 = "stablehlo.transpose"(%160) {permutation = array<i64: 0, 2, 3, 1, 4>} : (tensor<1x8192x32x1x128xf32>) -> tensor<1x32x1x8192x128xf32>
      %162 = "stablehlo.transpose"(%156) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8192x32x128xf32>) -> tensor<1x32x8192x128xf32>
      %163 = "stablehlo.transpose"(%122) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8192x32x128xf32>) -> tensor<1x32x8192x128xf32>
      %164 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
      %165 = "stablehlo.broadcast_in_dim"(%164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1x8192xf32>
      %166 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %167 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1x8192xf32>
      %168 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %169 = "stablehlo.broadcast_in_dim"(%168) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1x8192x128xf32>
      %170 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %171 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %338:10 = "stablehlo.while"(%171, %170, %161, %162, %163, %32, %33, %165, %167, %169) ({
      ^bb0(%172: tensor<i32>, %173: tensor<i32>, %174: tensor<1x32x1x8192x128xf32>, %175: tensor<1x32x8192x128xf32>, %176: tensor<1x32x8192x128xf32>, %177: tensor<8192xi32>, %178: tensor<i32>, %179: tensor<1x32x1x8192xf32>, %180: tensor<1x32x1x8192xf32>, %181: tensor<1x32x1x8192x128xf32>):
        %182 = "stablehlo.compare"(%172, %173) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%182) : (tensor<i1>) -> ()
      }, {
      ^bb0(%183: tensor<i32>, %184: tensor<i32>, %185: tensor<1x32x1x8192x128xf32>, %186: tensor<1x32x8192x128xf32>, %187: tensor<1x32x8192x128xf32>, %188: tensor<8192xi32>, %189: tensor<i32>, %190: tensor<1x32x1x8192xf32>, %191: tensor<1x32x1x8192xf32>, %192: tensor<1x32x1x8192x128xf32>):
        %193 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %194 = "stablehlo.subtract"(%189, %183) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %195 = "stablehlo.add"(%194, %193) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %196 = "stablehlo.remainder"(%195, %193) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %197 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<8192xi32>
        %198 = "stablehlo.broadcast_in_dim"(%196) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8192xi32>
        %199 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %200 = "stablehlo.broadcast_in_dim"(%199) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8192xi32>
        %201 = "stablehlo.multiply"(%197, %200) : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
        %202 = "stablehlo.add"(%198, %201) : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
        %203 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %204 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %333:10 = "stablehlo.while"(%204, %203, %185, %186, %187, %188, %202, %190, %191, %192) ({
        ^bb0(%205: tensor<i32>, %206: tensor<i32>, %207: tensor<1x32x1x8192x128xf32>, %208: tensor<1x32x8192x128xf32>, %209: tensor<1x32x8192x128xf32>, %210: tensor<8192xi32>, %211: tensor<8192xi32>, %212: tensor<1x32x1x8192xf32>, %213: tensor<1x32x1x8192xf32>, %214: tensor<1x32x1x8192x128xf32>):
          %215 = "stablehlo.compare"(%205, %206) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%215) : (tensor<i1>) -> ()
        }, {
        ^bb0(%216: tensor<i32>, %217: tensor<i32>, %218: tensor<1x32x1x8192x128xf32>, %219: tensor<1x32x8192x128xf32>, %220: tensor<1x32x8192x128xf32>, %221: tensor<8192xi32>, %222: tensor<8192xi32>, %223: tensor<1x32x1x8192xf32>, %224: tensor<1x32x1x8192xf32>, %225: tensor<1x32x1x8192x128xf32>):
          %226 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
          %227 = "stablehlo.multiply"(%216, %226) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %228 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %229 = "stablehlo.dynamic_slice"(%218, %228, %228, %228, %227, %228) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>} : (tensor<1x32x1x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xf32>
          %230 = "stablehlo.reshape"(%229) : (tensor<1x32x1x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %231 = "stablehlo.dynamic_slice"(%221, %227) {slice_sizes = array<i64: 1024>} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
          %232 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %233 = "stablehlo.dynamic_slice"(%223, %232, %232, %232, %227) {slice_sizes = array<i64: 1, 32, 1, 1024>} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
          %234 = "stablehlo.reshape"(%233) : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
          %235 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %236 = "stablehlo.dynamic_slice"(%224, %235, %235, %235, %227) {slice_sizes = array<i64: 1, 32, 1, 1024>} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
          %237 = "stablehlo.reshape"(%236) : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
          %238 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %239 = "stablehlo.dynamic_slice"(%225, %238, %238, %238, %227, %238) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>} : (tensor<1x32x1x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xf32>
          %240 = "stablehlo.reshape"(%239) : (tensor<1x32x1x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %241 = "stablehlo.slice"(%231) {limit_indices = array<i64: 1024>, start_indices = array<i64: 1023>, strides = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1xi32>
          %242 = "stablehlo.reshape"(%241) : (tensor<1xi32>) -> tensor<i32>
          %243 = "stablehlo.slice"(%222) {limit_indices = array<i64: 8192>, start_indices = array<i64: 0>, strides = array<i64: 1024>} : (tensor<8192xi32>) -> tensor<8xi32>
          %244 = "stablehlo.broadcast_in_dim"(%242) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
          %245 = "stablehlo.compare"(%243, %244) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
          %246 = "stablehlo.convert"(%245) : (tensor<8xi1>) -> tensor<8xi32>
          %247 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %248 = "stablehlo.reduce"(%246, %247) ({
          ^bb0(%249: tensor<i32>, %250: tensor<i32>):
            %251 = "stablehlo.add"(%249, %250) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%251) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
          %252 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %321:10 = "stablehlo.while"(%252, %248, %230, %231, %219, %220, %222, %234, %237, %240) ({
          ^bb0(%253: tensor<i32>, %254: tensor<i32>, %255: tensor<1x32x1024x128xf32>, %256: tensor<1024xi32>, %257: tensor<1x32x8192x128xf32>, %258: tensor<1x32x8192x128xf32>, %259: tensor<8192xi32>, %260: tensor<1x32x1024xf32>, %261: tensor<1x32x1024xf32>, %262: tensor<1x32x1024x128xf32>):
            %263 = "stablehlo.compare"(%253, %254) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%263) : (tensor<i1>) -> ()
          }, {
          ^bb0(%264: tensor<i32>, %265: tensor<i32>, %266: tensor<1x32x1024x128xf32>, %267: tensor<1024xi32>, %268: tensor<1x32x8192x128xf32>, %269: tensor<1x32x8192x128xf32>, %270: tensor<8192xi32>, %271: tensor<1x32x1024xf32>, %272: tensor<1x32x1024xf32>, %273: tensor<1x32x1024x128xf32>):
            %274 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
            %275 = "stablehlo.multiply"(%264, %274) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %276 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %277 = "stablehlo.dynamic_slice"(%268, %276, %276, %275, %276) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xf32>
            %278 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %279 = "stablehlo.dynamic_slice"(%269, %278, %278, %275, %278) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xf32>
            %280 = "stablehlo.dynamic_slice"(%270, %275) {slice_sizes = array<i64: 1024>} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
            %281 = "stablehlo.dot_general"(%266, %277) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x1024xf32>
            %282 = "stablehlo.broadcast_in_dim"(%267) {broadcast_dimensions = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %283 = "stablehlo.reshape"(%282) : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %284 = "stablehlo.broadcast_in_dim"(%280) {broadcast_dimensions = array<i64: 2>} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %285 = "stablehlo.reshape"(%284) : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %286 = "stablehlo.compare"(%285, %283) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi1>
            %287 = "stablehlo.broadcast_in_dim"(%286) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<1024x1024xi1>) -> tensor<1x32x1024x1024xi1>
            %288 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %289 = "stablehlo.broadcast_in_dim"(%288) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024x1024xf32>
            %290 = "stablehlo.select"(%287, %281, %289) : (tensor<1x32x1024x1024xi1>, tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %291 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %292 = "stablehlo.reduce"(%290, %291) ({
            ^bb0(%293: tensor<f32>, %294: tensor<f32>):
              %295 = "stablehlo.maximum"(%293, %294) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%295) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %296 = "stablehlo.maximum"(%271, %292) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %297 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %298 = "stablehlo.broadcast_in_dim"(%297) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %299 = "stablehlo.compare"(%296, %298) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
            %300 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %301 = "stablehlo.broadcast_in_dim"(%300) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %302 = "stablehlo.select"(%299, %301, %296) : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %303 = "stablehlo.broadcast_in_dim"(%302) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %304 = "stablehlo.subtract"(%290, %303) : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %305 = "stablehlo.exponential"(%304) : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %306 = "stablehlo.subtract"(%271, %302) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %307 = "stablehlo.exponential"(%306) : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %308 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %309 = "stablehlo.reduce"(%305, %308) ({
            ^bb0(%310: tensor<f32>, %311: tensor<f32>):
              %312 = "stablehlo.add"(%310, %311) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%312) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %313 = "stablehlo.multiply"(%272, %307) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %314 = "stablehlo.add"(%313, %309) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %315 = "stablehlo.dot_general"(%305, %279) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %316 = "stablehlo.broadcast_in_dim"(%307) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
            %317 = "stablehlo.multiply"(%273, %316) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %318 = "stablehlo.add"(%317, %315) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %319 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %320 = "stablehlo.add"(%264, %319) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%320, %265, %266, %267, %268, %269, %270, %296, %314, %318) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
          }) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
          %322 = "stablehlo.reshape"(%321#7) : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %323 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %324 = "stablehlo.dynamic_update_slice"(%223, %322, %323, %323, %323, %227) : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %325 = "stablehlo.reshape"(%321#8) : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %326 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %327 = "stablehlo.dynamic_update_slice"(%224, %325, %326, %326, %326, %227) : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %328 = "stablehlo.reshape"(%321#9) : (tensor<1x32x1024x128xf32>) -> tensor<1x32x1x1024x128xf32>
          %329 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %330 = "stablehlo.dynamic_update_slice"(%225, %328, %329, %329, %329, %227, %329) : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x1024x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192x128xf32>
          %331 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %332 = "stablehlo.add"(%216, %331) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%332, %217, %218, %219, %220, %221, %222, %324, %327, %330) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
        %334 = "stablehlo.collective_permute"(%186) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>} : (tensor<1x32x8192x128xf32>) -> tensor<1x32x8192x128xf32>
        %335 = "stablehlo.collective_permute"(%187) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>} : (tensor<1x32x8192x128xf32>) -> tensor<1x32x8192x128xf32>
        %336 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %337 = "stablehlo.add"(%183, %336) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%337, %184, %333#2, %334, %335, %333#5, %189, %333#7, %333#8, %333#9) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
      %339 = "stablehlo.broadcast_in_dim"(%338#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x32x1x8192xf32>) -> tensor<1x32x1x8192x128xf32>
      %340 = "stablehlo.divide"(%338#9, %339) : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x8192x128xf32>) -> tensor<1x32x1x8192x128xf32>
      %341 = "stablehlo.transpose"(%340) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x32x1x8192x128xf32>) -> tensor<1x8192x32x1x128xf32>
      %342 = "stablehlo.reshape"(%341) : (tensor<1x8192x32x1x128xf32>) -> tensor<1x8192x4096xf32>
      %343 = "stablehlo.convert"(%342) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %344 = "stablehlo.dot_general"(%343, %57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %345 = "stablehlo.add"(%31, %344) : (tensor<1x8192x4096xf32>, tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xf32>
      %346 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %347 = "stablehlo.broadcast_in_dim"(%346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x4096xf32>
      %348 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %349 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %405:8 = "stablehlo.while"(%349, %348, %345, %63, %66, %69, %60, %347) ({
      ^bb0(%350: tensor<i32>, %351: tensor<i32>, %352: tensor<1x8192x4096xf32>, %353: tensor<11008x4096xbf16>, %354: tensor<11008x4096xbf16>, %355: tensor<4096x11008xbf16>, %356: tensor<4096xbf16>, %357: tensor<1x8192x4096xf32>):
        %358 = "stablehlo.compare"(%350, %351) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%358) : (tensor<i1>) -> ()
      }, {
      ^bb0(%359: tensor<i32>, %360: tensor<i32>, %361: tensor<1x8192x4096xf32>, %362: tensor<11008x4096xbf16>, %363: tensor<11008x4096xbf16>, %364: tensor<4096x11008xbf16>, %365: tensor<4096xbf16>, %366: tensor<1x8192x4096xf32>):
        %367 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
        %368 = "stablehlo.multiply"(%359, %367) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %369 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %370 = "stablehlo.dynamic_slice"(%361, %369, %368, %369) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
        %371 = "stablehlo.multiply"(%370, %370) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %372 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %373 = "stablehlo.reduce"(%371, %372) ({
        ^bb0(%374: tensor<f32>, %375: tensor<f32>):
          %376 = "stablehlo.add"(%374, %375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%376) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
        %377 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
        %378 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
        %379 = "stablehlo.divide"(%373, %378) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
        %380 = "stablehlo.reshape"(%379) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
        %381 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
        %382 = "stablehlo.broadcast_in_dim"(%381) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
        %383 = "stablehlo.add"(%380, %382) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %384 = "stablehlo.rsqrt"(%383) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %385 = "stablehlo.reshape"(%384) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
        %386 = "stablehlo.broadcast_in_dim"(%385) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
        %387 = "stablehlo.multiply"(%370, %386) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %388 = "stablehlo.convert"(%365) : (tensor<4096xbf16>) -> tensor<4096xf32>
        %389 = "stablehlo.broadcast_in_dim"(%388) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
        %390 = "stablehlo.multiply"(%387, %389) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %391 = "stablehlo.convert"(%390) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %392 = "stablehlo.dot_general"(%391, %363) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %393 = "stablehlo.logistic"(%392) : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %394 = "stablehlo.multiply"(%392, %393) : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %395 = "stablehlo.convert"(%390) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %396 = "stablehlo.dot_general"(%395, %362) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %397 = "stablehlo.multiply"(%394, %396) : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %398 = "stablehlo.convert"(%397) : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xbf16>
        %399 = "stablehlo.dot_general"(%398, %364) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x11008xbf16>, tensor<4096x11008xbf16>) -> tensor<1x1024x4096xf32>
        %400 = "stablehlo.add"(%370, %399) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %401 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %402 = "stablehlo.dynamic_update_slice"(%366, %400, %401, %368, %401) : (tensor<1x8192x4096xf32>, tensor<1x1024x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x4096xf32>
        %403 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %404 = "stablehlo.add"(%359, %403) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%404, %360, %361, %362, %363, %364, %365, %402) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>)
      %406 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %407 = "stablehlo.add"(%29, %406) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%407, %30, %405#7, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>)
    %409 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %410 = "stablehlo.broadcast_in_dim"(%409) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x32000xf32>
    %411 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %412 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %456:6 = "stablehlo.while"(%412, %411, %408#2, %arg11, %arg12, %410) ({
    ^bb0(%413: tensor<i32>, %414: tensor<i32>, %415: tensor<1x8192x4096xf32>, %416: tensor<4096xbf16>, %417: tensor<32000x4096xbf16>, %418: tensor<1x8192x32000xf32>):
      %419 = "stablehlo.compare"(%413, %414) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%419) : (tensor<i1>) -> ()
    }, {
    ^bb0(%420: tensor<i32>, %421: tensor<i32>, %422: tensor<1x8192x4096xf32>, %423: tensor<4096xbf16>, %424: tensor<32000x4096xbf16>, %425: tensor<1x8192x32000xf32>):
      %426 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
      %427 = "stablehlo.multiply"(%420, %426) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %428 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %429 = "stablehlo.dynamic_slice"(%422, %428, %427, %428) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
      %430 = "stablehlo.multiply"(%429, %429) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %431 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %432 = "stablehlo.reduce"(%430, %431) ({
      ^bb0(%433: tensor<f32>, %434: tensor<f32>):
        %435 = "stablehlo.add"(%433, %434) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%435) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
      %436 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
      %437 = "stablehlo.broadcast_in_dim"(%436) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
      %438 = "stablehlo.divide"(%432, %437) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
      %439 = "stablehlo.reshape"(%438) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
      %440 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
      %441 = "stablehlo.broadcast_in_dim"(%440) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
      %442 = "stablehlo.add"(%439, %441) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %443 = "stablehlo.rsqrt"(%442) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %444 = "stablehlo.reshape"(%443) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
      %445 = "stablehlo.broadcast_in_dim"(%444) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
      %446 = "stablehlo.multiply"(%429, %445) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %447 = "stablehlo.convert"(%423) : (tensor<4096xbf16>) -> tensor<4096xf32>
      %448 = "stablehlo.broadcast_in_dim"(%447) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
      %449 = "stablehlo.multiply"(%446, %448) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %450 = "stablehlo.convert"(%449) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
      %451 = "stablehlo.dot_general"(%450, %424) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<32000x4096xbf16>) -> tensor<1x1024x32000xf32>
      %452 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %453 = "stablehlo.dynamic_update_slice"(%425, %451, %452, %427, %452) : (tensor<1x8192x32000xf32>, tensor<1x1024x32000xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x32000xf32>
      %454 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %455 = "stablehlo.add"(%420, %454) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%455, %421, %422, %423, %424, %453) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>)
    %457 = "stablehlo.reshape"(%456#5) : (tensor<1x8192x32000xf32>) -> tensor<1x8192x32000xf32>
    return %457 : tensor<1x8192x32000xf32>
  }
}
