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
    %484:14 = "stablehlo.while"(%13, %12, %1, %11, %5, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
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
      %160 = "stablehlo.convert"(%159) : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xbf16>
      %161 = "stablehlo.convert"(%156) : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xbf16>
      %162 = "stablehlo.convert"(%122) : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xbf16>
      %163 = "stablehlo.reshape"(%160) : (tensor<1x8192x32x128xbf16>) -> tensor<1x8192x32x1x128xbf16>
      %164 = "stablehlo.transpose"(%163) {permutation = array<i64: 0, 2, 3, 1, 4>} : (tensor<1x8192x32x1x128xbf16>) -> tensor<1x32x1x8192x128xbf16>
      %165 = "stablehlo.transpose"(%161) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8192x32x128xbf16>) -> tensor<1x32x8192x128xbf16>
      %166 = "stablehlo.transpose"(%162) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8192x32x128xbf16>) -> tensor<1x32x8192x128xbf16>
      %167 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
      %168 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1x8192xf32>
      %169 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %170 = "stablehlo.broadcast_in_dim"(%169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1x8192xf32>
      %171 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %172 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1x8192x128xf32>
      %173 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %174 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %414:10 = "stablehlo.while"(%174, %173, %164, %165, %166, %32, %33, %168, %170, %172) ({
      ^bb0(%175: tensor<i32>, %176: tensor<i32>, %177: tensor<1x32x1x8192x128xbf16>, %178: tensor<1x32x8192x128xbf16>, %179: tensor<1x32x8192x128xbf16>, %180: tensor<8192xi32>, %181: tensor<i32>, %182: tensor<1x32x1x8192xf32>, %183: tensor<1x32x1x8192xf32>, %184: tensor<1x32x1x8192x128xf32>):
        %185 = "stablehlo.compare"(%175, %176) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%185) : (tensor<i1>) -> ()
      }, {
      ^bb0(%186: tensor<i32>, %187: tensor<i32>, %188: tensor<1x32x1x8192x128xbf16>, %189: tensor<1x32x8192x128xbf16>, %190: tensor<1x32x8192x128xbf16>, %191: tensor<8192xi32>, %192: tensor<i32>, %193: tensor<1x32x1x8192xf32>, %194: tensor<1x32x1x8192xf32>, %195: tensor<1x32x1x8192x128xf32>):
        %196 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %197 = "stablehlo.subtract"(%192, %186) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %198 = "stablehlo.add"(%197, %196) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %199 = "stablehlo.remainder"(%198, %196) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %200 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<8192xi32>
        %201 = "stablehlo.broadcast_in_dim"(%199) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8192xi32>
        %202 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %203 = "stablehlo.broadcast_in_dim"(%202) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8192xi32>
        %204 = "stablehlo.multiply"(%200, %203) : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
        %205 = "stablehlo.add"(%201, %204) : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
        %206 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %207 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %409:10 = "stablehlo.while"(%207, %206, %188, %189, %190, %191, %205, %193, %194, %195) ({
        ^bb0(%208: tensor<i32>, %209: tensor<i32>, %210: tensor<1x32x1x8192x128xbf16>, %211: tensor<1x32x8192x128xbf16>, %212: tensor<1x32x8192x128xbf16>, %213: tensor<8192xi32>, %214: tensor<8192xi32>, %215: tensor<1x32x1x8192xf32>, %216: tensor<1x32x1x8192xf32>, %217: tensor<1x32x1x8192x128xf32>):
          %218 = "stablehlo.compare"(%208, %209) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%218) : (tensor<i1>) -> ()
        }, {
        ^bb0(%219: tensor<i32>, %220: tensor<i32>, %221: tensor<1x32x1x8192x128xbf16>, %222: tensor<1x32x8192x128xbf16>, %223: tensor<1x32x8192x128xbf16>, %224: tensor<8192xi32>, %225: tensor<8192xi32>, %226: tensor<1x32x1x8192xf32>, %227: tensor<1x32x1x8192xf32>, %228: tensor<1x32x1x8192x128xf32>):
          %229 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
          %230 = "stablehlo.multiply"(%219, %229) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %231 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %232 = "stablehlo.dynamic_slice"(%221, %231, %231, %231, %230, %231) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>} : (tensor<1x32x1x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xbf16>
          %233 = "stablehlo.reshape"(%232) : (tensor<1x32x1x1024x128xbf16>) -> tensor<1x32x1024x128xbf16>
          %234 = "stablehlo.dynamic_slice"(%224, %230) {slice_sizes = array<i64: 1024>} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
          %235 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %236 = "stablehlo.dynamic_slice"(%226, %235, %235, %235, %230) {slice_sizes = array<i64: 1, 32, 1, 1024>} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
          %237 = "stablehlo.reshape"(%236) : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
          %238 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %239 = "stablehlo.dynamic_slice"(%227, %238, %238, %238, %230) {slice_sizes = array<i64: 1, 32, 1, 1024>} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
          %240 = "stablehlo.reshape"(%239) : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
          %241 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %242 = "stablehlo.dynamic_slice"(%228, %241, %241, %241, %230, %241) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>} : (tensor<1x32x1x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xf32>
          %243 = "stablehlo.reshape"(%242) : (tensor<1x32x1x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %244 = "stablehlo.slice"(%234) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1xi32>
          %245 = "stablehlo.reshape"(%244) : (tensor<1xi32>) -> tensor<i32>
          %246 = "stablehlo.slice"(%234) {limit_indices = array<i64: 1024>, start_indices = array<i64: 1023>, strides = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1xi32>
          %247 = "stablehlo.reshape"(%246) : (tensor<1xi32>) -> tensor<i32>
          %248 = "stablehlo.slice"(%225) {limit_indices = array<i64: 8192>, start_indices = array<i64: 0>, strides = array<i64: 1024>} : (tensor<8192xi32>) -> tensor<8xi32>
          %249 = "stablehlo.slice"(%225) {limit_indices = array<i64: 8192>, start_indices = array<i64: 1023>, strides = array<i64: 1024>} : (tensor<8192xi32>) -> tensor<8xi32>
          %250 = "stablehlo.broadcast_in_dim"(%247) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
          %251 = "stablehlo.compare"(%248, %250) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
          %252 = "stablehlo.convert"(%251) : (tensor<8xi1>) -> tensor<8xi32>
          %253 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %254 = "stablehlo.reduce"(%252, %253) ({
          ^bb0(%255: tensor<i32>, %256: tensor<i32>):
            %257 = "stablehlo.add"(%255, %256) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%257) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
          %258 = "stablehlo.broadcast_in_dim"(%245) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
          %259 = "stablehlo.compare"(%249, %258) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
          %260 = "stablehlo.convert"(%259) : (tensor<8xi1>) -> tensor<8xi32>
          %261 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %262 = "stablehlo.reduce"(%260, %261) ({
          ^bb0(%263: tensor<i32>, %264: tensor<i32>):
            %265 = "stablehlo.add"(%263, %264) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%265) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
          %266 = "stablehlo.minimum"(%262, %254) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %267 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %327:10 = "stablehlo.while"(%267, %266, %233, %234, %222, %223, %225, %237, %240, %243) ({
          ^bb0(%268: tensor<i32>, %269: tensor<i32>, %270: tensor<1x32x1024x128xbf16>, %271: tensor<1024xi32>, %272: tensor<1x32x8192x128xbf16>, %273: tensor<1x32x8192x128xbf16>, %274: tensor<8192xi32>, %275: tensor<1x32x1024xf32>, %276: tensor<1x32x1024xf32>, %277: tensor<1x32x1024x128xf32>):
            %278 = "stablehlo.compare"(%268, %269) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%278) : (tensor<i1>) -> ()
          }, {
          ^bb0(%279: tensor<i32>, %280: tensor<i32>, %281: tensor<1x32x1024x128xbf16>, %282: tensor<1024xi32>, %283: tensor<1x32x8192x128xbf16>, %284: tensor<1x32x8192x128xbf16>, %285: tensor<8192xi32>, %286: tensor<1x32x1024xf32>, %287: tensor<1x32x1024xf32>, %288: tensor<1x32x1024x128xf32>):
            %289 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
            %290 = "stablehlo.multiply"(%279, %289) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %291 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %292 = "stablehlo.dynamic_slice"(%283, %291, %291, %290, %291) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
            %293 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %294 = "stablehlo.dynamic_slice"(%284, %293, %293, %290, %293) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
            %295 = "stablehlo.dot_general"(%281, %292) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<1x32x1024x128xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x1024xf32>
            %296 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %297 = "stablehlo.reduce"(%295, %296) ({
            ^bb0(%298: tensor<f32>, %299: tensor<f32>):
              %300 = "stablehlo.maximum"(%298, %299) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%300) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %301 = "stablehlo.maximum"(%286, %297) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %302 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %303 = "stablehlo.broadcast_in_dim"(%302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %304 = "stablehlo.compare"(%301, %303) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
            %305 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %306 = "stablehlo.broadcast_in_dim"(%305) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %307 = "stablehlo.select"(%304, %306, %301) : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %308 = "stablehlo.broadcast_in_dim"(%307) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %309 = "stablehlo.subtract"(%295, %308) : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %310 = "stablehlo.exponential"(%309) : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %311 = "stablehlo.subtract"(%286, %307) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %312 = "stablehlo.exponential"(%311) : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %313 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %314 = "stablehlo.reduce"(%310, %313) ({
            ^bb0(%315: tensor<f32>, %316: tensor<f32>):
              %317 = "stablehlo.add"(%315, %316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%317) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %318 = "stablehlo.multiply"(%287, %312) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %319 = "stablehlo.add"(%318, %314) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %320 = "stablehlo.convert"(%310) : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xbf16>
            %321 = "stablehlo.dot_general"(%320, %294) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<1x32x1024x1024xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x128xf32>
            %322 = "stablehlo.broadcast_in_dim"(%312) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
            %323 = "stablehlo.multiply"(%288, %322) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %324 = "stablehlo.add"(%323, %321) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %325 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %326 = "stablehlo.add"(%279, %325) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%326, %280, %281, %282, %283, %284, %285, %301, %319, %324) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
          }) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
          %397:10 = "stablehlo.while"(%266, %254, %327#2, %327#3, %327#4, %327#5, %327#6, %327#7, %327#8, %327#9) ({
          ^bb0(%328: tensor<i32>, %329: tensor<i32>, %330: tensor<1x32x1024x128xbf16>, %331: tensor<1024xi32>, %332: tensor<1x32x8192x128xbf16>, %333: tensor<1x32x8192x128xbf16>, %334: tensor<8192xi32>, %335: tensor<1x32x1024xf32>, %336: tensor<1x32x1024xf32>, %337: tensor<1x32x1024x128xf32>):
            %338 = "stablehlo.compare"(%328, %329) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%338) : (tensor<i1>) -> ()
          }, {
          ^bb0(%339: tensor<i32>, %340: tensor<i32>, %341: tensor<1x32x1024x128xbf16>, %342: tensor<1024xi32>, %343: tensor<1x32x8192x128xbf16>, %344: tensor<1x32x8192x128xbf16>, %345: tensor<8192xi32>, %346: tensor<1x32x1024xf32>, %347: tensor<1x32x1024xf32>, %348: tensor<1x32x1024x128xf32>):
            %349 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
            %350 = "stablehlo.multiply"(%339, %349) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %351 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %352 = "stablehlo.dynamic_slice"(%343, %351, %351, %350, %351) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
            %353 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %354 = "stablehlo.dynamic_slice"(%344, %353, %353, %350, %353) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
            %355 = "stablehlo.dot_general"(%341, %352) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<1x32x1024x128xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x1024xf32>
            %356 = "stablehlo.dynamic_slice"(%345, %350) {slice_sizes = array<i64: 1024>} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
            %357 = "stablehlo.broadcast_in_dim"(%342) {broadcast_dimensions = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %358 = "stablehlo.reshape"(%357) : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %359 = "stablehlo.broadcast_in_dim"(%356) {broadcast_dimensions = array<i64: 2>} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %360 = "stablehlo.reshape"(%359) : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %361 = "stablehlo.compare"(%360, %358) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi1>
            %362 = "stablehlo.broadcast_in_dim"(%361) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<1024x1024xi1>) -> tensor<1x32x1024x1024xi1>
            %363 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %364 = "stablehlo.broadcast_in_dim"(%363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024x1024xf32>
            %365 = "stablehlo.select"(%362, %355, %364) : (tensor<1x32x1024x1024xi1>, tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %366 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %367 = "stablehlo.reduce"(%365, %366) ({
            ^bb0(%368: tensor<f32>, %369: tensor<f32>):
              %370 = "stablehlo.maximum"(%368, %369) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%370) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %371 = "stablehlo.maximum"(%346, %367) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %372 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %373 = "stablehlo.broadcast_in_dim"(%372) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %374 = "stablehlo.compare"(%371, %373) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
            %375 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %376 = "stablehlo.broadcast_in_dim"(%375) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %377 = "stablehlo.select"(%374, %376, %371) : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %378 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %379 = "stablehlo.subtract"(%365, %378) : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %380 = "stablehlo.exponential"(%379) : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %381 = "stablehlo.subtract"(%346, %377) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %382 = "stablehlo.exponential"(%381) : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %383 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %384 = "stablehlo.reduce"(%380, %383) ({
            ^bb0(%385: tensor<f32>, %386: tensor<f32>):
              %387 = "stablehlo.add"(%385, %386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%387) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %388 = "stablehlo.multiply"(%347, %382) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %389 = "stablehlo.add"(%388, %384) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %390 = "stablehlo.convert"(%380) : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xbf16>
            %391 = "stablehlo.dot_general"(%390, %354) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<1x32x1024x1024xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x128xf32>
            %392 = "stablehlo.broadcast_in_dim"(%382) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
            %393 = "stablehlo.multiply"(%348, %392) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %394 = "stablehlo.add"(%393, %391) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %395 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %396 = "stablehlo.add"(%339, %395) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%396, %340, %341, %342, %343, %344, %345, %371, %389, %394) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
          }) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
          %398 = "stablehlo.reshape"(%397#7) : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %399 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %400 = "stablehlo.dynamic_update_slice"(%226, %398, %399, %399, %399, %230) : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %401 = "stablehlo.reshape"(%397#8) : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %402 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %403 = "stablehlo.dynamic_update_slice"(%227, %401, %402, %402, %402, %230) : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %404 = "stablehlo.reshape"(%397#9) : (tensor<1x32x1024x128xf32>) -> tensor<1x32x1x1024x128xf32>
          %405 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %406 = "stablehlo.dynamic_update_slice"(%228, %404, %405, %405, %405, %230, %405) : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x1024x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192x128xf32>
          %407 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %408 = "stablehlo.add"(%219, %407) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%408, %220, %221, %222, %223, %224, %225, %400, %403, %406) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
        %410 = "stablehlo.collective_permute"(%189) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>} : (tensor<1x32x8192x128xbf16>) -> tensor<1x32x8192x128xbf16>
        %411 = "stablehlo.collective_permute"(%190) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>} : (tensor<1x32x8192x128xbf16>) -> tensor<1x32x8192x128xbf16>
        %412 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %413 = "stablehlo.add"(%186, %412) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%413, %187, %409#2, %410, %411, %409#5, %192, %409#7, %409#8, %409#9) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
      %415 = "stablehlo.broadcast_in_dim"(%414#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x32x1x8192xf32>) -> tensor<1x32x1x8192x128xf32>
      %416 = "stablehlo.divide"(%414#9, %415) : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x8192x128xf32>) -> tensor<1x32x1x8192x128xf32>
      %417 = "stablehlo.transpose"(%416) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x32x1x8192x128xf32>) -> tensor<1x8192x32x1x128xf32>
      %418 = "stablehlo.reshape"(%417) : (tensor<1x8192x32x1x128xf32>) -> tensor<1x8192x4096xf32>
      %419 = "stablehlo.convert"(%418) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %420 = "stablehlo.dot_general"(%419, %57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %421 = "stablehlo.add"(%31, %420) : (tensor<1x8192x4096xf32>, tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xf32>
      %422 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %423 = "stablehlo.broadcast_in_dim"(%422) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x4096xf32>
      %424 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %425 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %481:8 = "stablehlo.while"(%425, %424, %421, %63, %66, %69, %60, %423) ({
      ^bb0(%426: tensor<i32>, %427: tensor<i32>, %428: tensor<1x8192x4096xf32>, %429: tensor<11008x4096xbf16>, %430: tensor<11008x4096xbf16>, %431: tensor<4096x11008xbf16>, %432: tensor<4096xbf16>, %433: tensor<1x8192x4096xf32>):
        %434 = "stablehlo.compare"(%426, %427) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%434) : (tensor<i1>) -> ()
      }, {
      ^bb0(%435: tensor<i32>, %436: tensor<i32>, %437: tensor<1x8192x4096xf32>, %438: tensor<11008x4096xbf16>, %439: tensor<11008x4096xbf16>, %440: tensor<4096x11008xbf16>, %441: tensor<4096xbf16>, %442: tensor<1x8192x4096xf32>):
        %443 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
        %444 = "stablehlo.multiply"(%435, %443) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %445 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %446 = "stablehlo.dynamic_slice"(%437, %445, %444, %445) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
        %447 = "stablehlo.multiply"(%446, %446) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %448 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %449 = "stablehlo.reduce"(%447, %448) ({
        ^bb0(%450: tensor<f32>, %451: tensor<f32>):
          %452 = "stablehlo.add"(%450, %451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%452) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
        %453 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
        %454 = "stablehlo.broadcast_in_dim"(%453) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
        %455 = "stablehlo.divide"(%449, %454) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
        %456 = "stablehlo.reshape"(%455) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
        %457 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
        %458 = "stablehlo.broadcast_in_dim"(%457) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
        %459 = "stablehlo.add"(%456, %458) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %460 = "stablehlo.rsqrt"(%459) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %461 = "stablehlo.reshape"(%460) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
        %462 = "stablehlo.broadcast_in_dim"(%461) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
        %463 = "stablehlo.multiply"(%446, %462) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %464 = "stablehlo.convert"(%441) : (tensor<4096xbf16>) -> tensor<4096xf32>
        %465 = "stablehlo.broadcast_in_dim"(%464) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
        %466 = "stablehlo.multiply"(%463, %465) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %467 = "stablehlo.convert"(%466) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %468 = "stablehlo.dot_general"(%467, %439) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %469 = "stablehlo.logistic"(%468) : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %470 = "stablehlo.multiply"(%468, %469) : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %471 = "stablehlo.convert"(%466) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %472 = "stablehlo.dot_general"(%471, %438) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %473 = "stablehlo.multiply"(%470, %472) : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %474 = "stablehlo.convert"(%473) : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xbf16>
        %475 = "stablehlo.dot_general"(%474, %440) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x11008xbf16>, tensor<4096x11008xbf16>) -> tensor<1x1024x4096xf32>
        %476 = "stablehlo.add"(%446, %475) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %477 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %478 = "stablehlo.dynamic_update_slice"(%442, %476, %477, %444, %477) : (tensor<1x8192x4096xf32>, tensor<1x1024x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x4096xf32>
        %479 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %480 = "stablehlo.add"(%435, %479) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%480, %436, %437, %438, %439, %440, %441, %478) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>)
      %482 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %483 = "stablehlo.add"(%29, %482) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%483, %30, %481#7, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>)
    %485 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %486 = "stablehlo.broadcast_in_dim"(%485) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x32000xf32>
    %487 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %488 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %532:6 = "stablehlo.while"(%488, %487, %484#2, %arg11, %arg12, %486) ({
    ^bb0(%489: tensor<i32>, %490: tensor<i32>, %491: tensor<1x8192x4096xf32>, %492: tensor<4096xbf16>, %493: tensor<32000x4096xbf16>, %494: tensor<1x8192x32000xf32>):
      %495 = "stablehlo.compare"(%489, %490) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%495) : (tensor<i1>) -> ()
    }, {
    ^bb0(%496: tensor<i32>, %497: tensor<i32>, %498: tensor<1x8192x4096xf32>, %499: tensor<4096xbf16>, %500: tensor<32000x4096xbf16>, %501: tensor<1x8192x32000xf32>):
      %502 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
      %503 = "stablehlo.multiply"(%496, %502) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %504 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %505 = "stablehlo.dynamic_slice"(%498, %504, %503, %504) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
      %506 = "stablehlo.multiply"(%505, %505) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %507 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %508 = "stablehlo.reduce"(%506, %507) ({
      ^bb0(%509: tensor<f32>, %510: tensor<f32>):
        %511 = "stablehlo.add"(%509, %510) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%511) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
      %512 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
      %513 = "stablehlo.broadcast_in_dim"(%512) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
      %514 = "stablehlo.divide"(%508, %513) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
      %515 = "stablehlo.reshape"(%514) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
      %516 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
      %517 = "stablehlo.broadcast_in_dim"(%516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
      %518 = "stablehlo.add"(%515, %517) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %519 = "stablehlo.rsqrt"(%518) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %520 = "stablehlo.reshape"(%519) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
      %521 = "stablehlo.broadcast_in_dim"(%520) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
      %522 = "stablehlo.multiply"(%505, %521) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %523 = "stablehlo.convert"(%499) : (tensor<4096xbf16>) -> tensor<4096xf32>
      %524 = "stablehlo.broadcast_in_dim"(%523) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
      %525 = "stablehlo.multiply"(%522, %524) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %526 = "stablehlo.convert"(%525) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
      %527 = "stablehlo.dot_general"(%526, %500) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<32000x4096xbf16>) -> tensor<1x1024x32000xf32>
      %528 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %529 = "stablehlo.dynamic_update_slice"(%501, %527, %528, %503, %528) : (tensor<1x8192x32000xf32>, tensor<1x1024x32000xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x32000xf32>
      %530 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %531 = "stablehlo.add"(%496, %530) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%531, %497, %498, %499, %500, %529) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>)
    %533 = "stablehlo.reshape"(%532#5) : (tensor<1x8192x32000xf32>) -> tensor<1x8192x32000xf32>
    return %533 : tensor<1x8192x32000xf32>
  }
}
