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
    %479:14 = "stablehlo.while"(%13, %12, %1, %11, %5, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
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
      %409:10 = "stablehlo.while"(%171, %170, %161, %162, %163, %32, %33, %165, %167, %169) ({
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
        %404:10 = "stablehlo.while"(%204, %203, %185, %186, %187, %188, %202, %190, %191, %192) ({
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
          %241 = "stablehlo.slice"(%231) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1xi32>
          %242 = "stablehlo.reshape"(%241) : (tensor<1xi32>) -> tensor<i32>
          %243 = "stablehlo.slice"(%231) {limit_indices = array<i64: 1024>, start_indices = array<i64: 1023>, strides = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1xi32>
          %244 = "stablehlo.reshape"(%243) : (tensor<1xi32>) -> tensor<i32>
          %245 = "stablehlo.slice"(%222) {limit_indices = array<i64: 8192>, start_indices = array<i64: 0>, strides = array<i64: 1024>} : (tensor<8192xi32>) -> tensor<8xi32>
          %246 = "stablehlo.slice"(%222) {limit_indices = array<i64: 8192>, start_indices = array<i64: 1023>, strides = array<i64: 1024>} : (tensor<8192xi32>) -> tensor<8xi32>
          %247 = "stablehlo.broadcast_in_dim"(%244) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
          %248 = "stablehlo.compare"(%245, %247) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
          %249 = "stablehlo.convert"(%248) : (tensor<8xi1>) -> tensor<8xi32>
          %250 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %251 = "stablehlo.reduce"(%249, %250) ({
          ^bb0(%252: tensor<i32>, %253: tensor<i32>):
            %254 = "stablehlo.add"(%252, %253) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%254) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
          %255 = "stablehlo.broadcast_in_dim"(%242) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
          %256 = "stablehlo.compare"(%246, %255) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
          %257 = "stablehlo.convert"(%256) : (tensor<8xi1>) -> tensor<8xi32>
          %258 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %259 = "stablehlo.reduce"(%257, %258) ({
          ^bb0(%260: tensor<i32>, %261: tensor<i32>):
            %262 = "stablehlo.add"(%260, %261) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%262) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
          %263 = "stablehlo.minimum"(%259, %251) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %264 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %323:10 = "stablehlo.while"(%264, %263, %230, %231, %219, %220, %222, %234, %237, %240) ({
          ^bb0(%265: tensor<i32>, %266: tensor<i32>, %267: tensor<1x32x1024x128xf32>, %268: tensor<1024xi32>, %269: tensor<1x32x8192x128xf32>, %270: tensor<1x32x8192x128xf32>, %271: tensor<8192xi32>, %272: tensor<1x32x1024xf32>, %273: tensor<1x32x1024xf32>, %274: tensor<1x32x1024x128xf32>):
            %275 = "stablehlo.compare"(%265, %266) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%275) : (tensor<i1>) -> ()
          }, {
          ^bb0(%276: tensor<i32>, %277: tensor<i32>, %278: tensor<1x32x1024x128xf32>, %279: tensor<1024xi32>, %280: tensor<1x32x8192x128xf32>, %281: tensor<1x32x8192x128xf32>, %282: tensor<8192xi32>, %283: tensor<1x32x1024xf32>, %284: tensor<1x32x1024xf32>, %285: tensor<1x32x1024x128xf32>):
            %286 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
            %287 = "stablehlo.multiply"(%276, %286) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %288 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %289 = "stablehlo.dynamic_slice"(%280, %288, %288, %287, %288) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xf32>
            %290 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %291 = "stablehlo.dynamic_slice"(%281, %290, %290, %287, %290) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xf32>
            %292 = "stablehlo.dot_general"(%278, %289) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x1024xf32>
            %293 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %294 = "stablehlo.reduce"(%292, %293) ({
            ^bb0(%295: tensor<f32>, %296: tensor<f32>):
              %297 = "stablehlo.maximum"(%295, %296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%297) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %298 = "stablehlo.maximum"(%283, %294) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %299 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %300 = "stablehlo.broadcast_in_dim"(%299) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %301 = "stablehlo.compare"(%298, %300) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
            %302 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %303 = "stablehlo.broadcast_in_dim"(%302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %304 = "stablehlo.select"(%301, %303, %298) : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %305 = "stablehlo.broadcast_in_dim"(%304) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %306 = "stablehlo.subtract"(%292, %305) : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %307 = "stablehlo.exponential"(%306) : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %308 = "stablehlo.subtract"(%283, %304) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %309 = "stablehlo.exponential"(%308) : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %310 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %311 = "stablehlo.reduce"(%307, %310) ({
            ^bb0(%312: tensor<f32>, %313: tensor<f32>):
              %314 = "stablehlo.add"(%312, %313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%314) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %315 = "stablehlo.multiply"(%284, %309) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %316 = "stablehlo.add"(%315, %311) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %317 = "stablehlo.dot_general"(%307, %291) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %318 = "stablehlo.broadcast_in_dim"(%309) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
            %319 = "stablehlo.multiply"(%285, %318) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %320 = "stablehlo.add"(%319, %317) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %321 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %322 = "stablehlo.add"(%276, %321) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%322, %277, %278, %279, %280, %281, %282, %298, %316, %320) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
          }) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
          %392:10 = "stablehlo.while"(%263, %251, %323#2, %323#3, %323#4, %323#5, %323#6, %323#7, %323#8, %323#9) ({
          ^bb0(%324: tensor<i32>, %325: tensor<i32>, %326: tensor<1x32x1024x128xf32>, %327: tensor<1024xi32>, %328: tensor<1x32x8192x128xf32>, %329: tensor<1x32x8192x128xf32>, %330: tensor<8192xi32>, %331: tensor<1x32x1024xf32>, %332: tensor<1x32x1024xf32>, %333: tensor<1x32x1024x128xf32>):
            %334 = "stablehlo.compare"(%324, %325) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%334) : (tensor<i1>) -> ()
          }, {
          ^bb0(%335: tensor<i32>, %336: tensor<i32>, %337: tensor<1x32x1024x128xf32>, %338: tensor<1024xi32>, %339: tensor<1x32x8192x128xf32>, %340: tensor<1x32x8192x128xf32>, %341: tensor<8192xi32>, %342: tensor<1x32x1024xf32>, %343: tensor<1x32x1024xf32>, %344: tensor<1x32x1024x128xf32>):
            %345 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
            %346 = "stablehlo.multiply"(%335, %345) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %347 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %348 = "stablehlo.dynamic_slice"(%339, %347, %347, %346, %347) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xf32>
            %349 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %350 = "stablehlo.dynamic_slice"(%340, %349, %349, %346, %349) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xf32>
            %351 = "stablehlo.dot_general"(%337, %348) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x1024xf32>
            %352 = "stablehlo.dynamic_slice"(%341, %346) {slice_sizes = array<i64: 1024>} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
            %353 = "stablehlo.broadcast_in_dim"(%338) {broadcast_dimensions = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %354 = "stablehlo.reshape"(%353) : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %355 = "stablehlo.broadcast_in_dim"(%352) {broadcast_dimensions = array<i64: 2>} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %356 = "stablehlo.reshape"(%355) : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %357 = "stablehlo.compare"(%356, %354) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi1>
            %358 = "stablehlo.broadcast_in_dim"(%357) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<1024x1024xi1>) -> tensor<1x32x1024x1024xi1>
            %359 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %360 = "stablehlo.broadcast_in_dim"(%359) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024x1024xf32>
            %361 = "stablehlo.select"(%358, %351, %360) : (tensor<1x32x1024x1024xi1>, tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %362 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %363 = "stablehlo.reduce"(%361, %362) ({
            ^bb0(%364: tensor<f32>, %365: tensor<f32>):
              %366 = "stablehlo.maximum"(%364, %365) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%366) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %367 = "stablehlo.maximum"(%342, %363) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %368 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %369 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %370 = "stablehlo.compare"(%367, %369) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
            %371 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %372 = "stablehlo.broadcast_in_dim"(%371) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %373 = "stablehlo.select"(%370, %372, %367) : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %374 = "stablehlo.broadcast_in_dim"(%373) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %375 = "stablehlo.subtract"(%361, %374) : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %376 = "stablehlo.exponential"(%375) : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %377 = "stablehlo.subtract"(%342, %373) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %378 = "stablehlo.exponential"(%377) : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %379 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %380 = "stablehlo.reduce"(%376, %379) ({
            ^bb0(%381: tensor<f32>, %382: tensor<f32>):
              %383 = "stablehlo.add"(%381, %382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%383) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %384 = "stablehlo.multiply"(%343, %378) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %385 = "stablehlo.add"(%384, %380) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %386 = "stablehlo.dot_general"(%376, %350) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %387 = "stablehlo.broadcast_in_dim"(%378) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
            %388 = "stablehlo.multiply"(%344, %387) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %389 = "stablehlo.add"(%388, %386) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %390 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %391 = "stablehlo.add"(%335, %390) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%391, %336, %337, %338, %339, %340, %341, %367, %385, %389) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
          }) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
          %393 = "stablehlo.reshape"(%392#7) : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %394 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %395 = "stablehlo.dynamic_update_slice"(%223, %393, %394, %394, %394, %227) : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %396 = "stablehlo.reshape"(%392#8) : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %397 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %398 = "stablehlo.dynamic_update_slice"(%224, %396, %397, %397, %397, %227) : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %399 = "stablehlo.reshape"(%392#9) : (tensor<1x32x1024x128xf32>) -> tensor<1x32x1x1024x128xf32>
          %400 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %401 = "stablehlo.dynamic_update_slice"(%225, %399, %400, %400, %400, %227, %400) : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x1024x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192x128xf32>
          %402 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %403 = "stablehlo.add"(%216, %402) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%403, %217, %218, %219, %220, %221, %222, %395, %398, %401) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
        %405 = "stablehlo.collective_permute"(%186) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>} : (tensor<1x32x8192x128xf32>) -> tensor<1x32x8192x128xf32>
        %406 = "stablehlo.collective_permute"(%187) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>} : (tensor<1x32x8192x128xf32>) -> tensor<1x32x8192x128xf32>
        %407 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %408 = "stablehlo.add"(%183, %407) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%408, %184, %404#2, %405, %406, %404#5, %189, %404#7, %404#8, %404#9) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
      %410 = "stablehlo.broadcast_in_dim"(%409#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x32x1x8192xf32>) -> tensor<1x32x1x8192x128xf32>
      %411 = "stablehlo.divide"(%409#9, %410) : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x8192x128xf32>) -> tensor<1x32x1x8192x128xf32>
      %412 = "stablehlo.transpose"(%411) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x32x1x8192x128xf32>) -> tensor<1x8192x32x1x128xf32>
      %413 = "stablehlo.reshape"(%412) : (tensor<1x8192x32x1x128xf32>) -> tensor<1x8192x4096xf32>
      %414 = "stablehlo.convert"(%413) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %415 = "stablehlo.dot_general"(%414, %57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %416 = "stablehlo.add"(%31, %415) : (tensor<1x8192x4096xf32>, tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xf32>
      %417 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %418 = "stablehlo.broadcast_in_dim"(%417) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x4096xf32>
      %419 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %420 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %476:8 = "stablehlo.while"(%420, %419, %416, %63, %66, %69, %60, %418) ({
      ^bb0(%421: tensor<i32>, %422: tensor<i32>, %423: tensor<1x8192x4096xf32>, %424: tensor<11008x4096xbf16>, %425: tensor<11008x4096xbf16>, %426: tensor<4096x11008xbf16>, %427: tensor<4096xbf16>, %428: tensor<1x8192x4096xf32>):
        %429 = "stablehlo.compare"(%421, %422) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%429) : (tensor<i1>) -> ()
      }, {
      ^bb0(%430: tensor<i32>, %431: tensor<i32>, %432: tensor<1x8192x4096xf32>, %433: tensor<11008x4096xbf16>, %434: tensor<11008x4096xbf16>, %435: tensor<4096x11008xbf16>, %436: tensor<4096xbf16>, %437: tensor<1x8192x4096xf32>):
        %438 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
        %439 = "stablehlo.multiply"(%430, %438) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %440 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %441 = "stablehlo.dynamic_slice"(%432, %440, %439, %440) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
        %442 = "stablehlo.multiply"(%441, %441) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %443 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %444 = "stablehlo.reduce"(%442, %443) ({
        ^bb0(%445: tensor<f32>, %446: tensor<f32>):
          %447 = "stablehlo.add"(%445, %446) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%447) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
        %448 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
        %449 = "stablehlo.broadcast_in_dim"(%448) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
        %450 = "stablehlo.divide"(%444, %449) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
        %451 = "stablehlo.reshape"(%450) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
        %452 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
        %453 = "stablehlo.broadcast_in_dim"(%452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
        %454 = "stablehlo.add"(%451, %453) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %455 = "stablehlo.rsqrt"(%454) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %456 = "stablehlo.reshape"(%455) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
        %457 = "stablehlo.broadcast_in_dim"(%456) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
        %458 = "stablehlo.multiply"(%441, %457) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %459 = "stablehlo.convert"(%436) : (tensor<4096xbf16>) -> tensor<4096xf32>
        %460 = "stablehlo.broadcast_in_dim"(%459) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
        %461 = "stablehlo.multiply"(%458, %460) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %462 = "stablehlo.convert"(%461) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %463 = "stablehlo.dot_general"(%462, %434) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %464 = "stablehlo.logistic"(%463) : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %465 = "stablehlo.multiply"(%463, %464) : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %466 = "stablehlo.convert"(%461) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %467 = "stablehlo.dot_general"(%466, %433) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %468 = "stablehlo.multiply"(%465, %467) : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %469 = "stablehlo.convert"(%468) : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xbf16>
        %470 = "stablehlo.dot_general"(%469, %435) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x11008xbf16>, tensor<4096x11008xbf16>) -> tensor<1x1024x4096xf32>
        %471 = "stablehlo.add"(%441, %470) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %472 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %473 = "stablehlo.dynamic_update_slice"(%437, %471, %472, %439, %472) : (tensor<1x8192x4096xf32>, tensor<1x1024x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x4096xf32>
        %474 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %475 = "stablehlo.add"(%430, %474) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%475, %431, %432, %433, %434, %435, %436, %473) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>)
      %477 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %478 = "stablehlo.add"(%29, %477) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%478, %30, %476#7, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>)
    %480 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %481 = "stablehlo.broadcast_in_dim"(%480) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x32000xf32>
    %482 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %483 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %527:6 = "stablehlo.while"(%483, %482, %479#2, %arg11, %arg12, %481) ({
    ^bb0(%484: tensor<i32>, %485: tensor<i32>, %486: tensor<1x8192x4096xf32>, %487: tensor<4096xbf16>, %488: tensor<32000x4096xbf16>, %489: tensor<1x8192x32000xf32>):
      %490 = "stablehlo.compare"(%484, %485) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%490) : (tensor<i1>) -> ()
    }, {
    ^bb0(%491: tensor<i32>, %492: tensor<i32>, %493: tensor<1x8192x4096xf32>, %494: tensor<4096xbf16>, %495: tensor<32000x4096xbf16>, %496: tensor<1x8192x32000xf32>):
      %497 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
      %498 = "stablehlo.multiply"(%491, %497) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %499 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %500 = "stablehlo.dynamic_slice"(%493, %499, %498, %499) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
      %501 = "stablehlo.multiply"(%500, %500) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %502 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %503 = "stablehlo.reduce"(%501, %502) ({
      ^bb0(%504: tensor<f32>, %505: tensor<f32>):
        %506 = "stablehlo.add"(%504, %505) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%506) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
      %507 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
      %508 = "stablehlo.broadcast_in_dim"(%507) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
      %509 = "stablehlo.divide"(%503, %508) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
      %510 = "stablehlo.reshape"(%509) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
      %511 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
      %512 = "stablehlo.broadcast_in_dim"(%511) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
      %513 = "stablehlo.add"(%510, %512) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %514 = "stablehlo.rsqrt"(%513) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %515 = "stablehlo.reshape"(%514) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
      %516 = "stablehlo.broadcast_in_dim"(%515) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
      %517 = "stablehlo.multiply"(%500, %516) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %518 = "stablehlo.convert"(%494) : (tensor<4096xbf16>) -> tensor<4096xf32>
      %519 = "stablehlo.broadcast_in_dim"(%518) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
      %520 = "stablehlo.multiply"(%517, %519) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %521 = "stablehlo.convert"(%520) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
      %522 = "stablehlo.dot_general"(%521, %495) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<32000x4096xbf16>) -> tensor<1x1024x32000xf32>
      %523 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %524 = "stablehlo.dynamic_update_slice"(%496, %522, %523, %498, %523) : (tensor<1x8192x32000xf32>, tensor<1x1024x32000xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x32000xf32>
      %525 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %526 = "stablehlo.add"(%491, %525) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%526, %492, %493, %494, %495, %524) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>)
    %528 = "stablehlo.reshape"(%527#5) : (tensor<1x8192x32000xf32>) -> tensor<1x8192x32000xf32>
    return %528 : tensor<1x8192x32000xf32>
  }
}
