module @llama2_7b_ring8_striped_forward attributes {mhlo.num_partitions = 8 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x8192xi32>, %arg1: tensor<32000x4096xbf16>, %arg2: tensor<1x4096xbf16>, %arg3: tensor<1x4096x4096xbf16>, %arg4: tensor<1x4096x4096xbf16>, %arg5: tensor<1x4096x4096xbf16>, %arg6: tensor<1x4096x4096xbf16>, %arg7: tensor<1x4096xbf16>, %arg8: tensor<1x11008x4096xbf16>, %arg9: tensor<1x11008x4096xbf16>, %arg10: tensor<1x4096x11008xbf16>, %arg11: tensor<4096xbf16>, %arg12: tensor<32000x4096xbf16>) -> (tensor<1x8192x32000xf32>) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4096>} : (tensor<32000x4096xbf16>, tensor<1x8192xi32>) -> tensor<1x8192x4096xbf16>
    %1 = "stablehlo.convert"(%0) : (tensor<1x8192x4096xbf16>) -> tensor<1x8192x4096xf32>
    %2 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<8192xi32>
    %3 = "stablehlo.partition_id"() : () -> tensor<ui32>
    %4 = "stablehlo.convert"(%3) : (tensor<ui32>) -> tensor<i32>
    %5 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %6 = "stablehlo.remainder"(%4, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.broadcast_in_dim"(%6) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8192xi32>
    %8 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %9 = "stablehlo.broadcast_in_dim"(%8) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8192xi32>
    %10 = "stablehlo.multiply"(%2, %9) : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
    %11 = "stablehlo.add"(%7, %10) : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
    %12 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %13 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %397:13 = "stablehlo.while"(%13, %12, %1, %11, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
    ^bb0(%14: tensor<i32>, %15: tensor<i32>, %16: tensor<1x8192x4096xf32>, %17: tensor<8192xi32>, %18: tensor<1x4096xbf16>, %19: tensor<1x4096x4096xbf16>, %20: tensor<1x4096x4096xbf16>, %21: tensor<1x4096x4096xbf16>, %22: tensor<1x4096x4096xbf16>, %23: tensor<1x4096xbf16>, %24: tensor<1x11008x4096xbf16>, %25: tensor<1x11008x4096xbf16>, %26: tensor<1x4096x11008xbf16>):
      %27 = "stablehlo.compare"(%14, %15) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%27) : (tensor<i1>) -> ()
    }, {
    ^bb0(%28: tensor<i32>, %29: tensor<i32>, %30: tensor<1x8192x4096xf32>, %31: tensor<8192xi32>, %32: tensor<1x4096xbf16>, %33: tensor<1x4096x4096xbf16>, %34: tensor<1x4096x4096xbf16>, %35: tensor<1x4096x4096xbf16>, %36: tensor<1x4096x4096xbf16>, %37: tensor<1x4096xbf16>, %38: tensor<1x11008x4096xbf16>, %39: tensor<1x11008x4096xbf16>, %40: tensor<1x4096x11008xbf16>):
      %41 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %42 = "stablehlo.dynamic_slice"(%32, %28, %41) {slice_sizes = array<i64: 1, 4096>} : (tensor<1x4096xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x4096xbf16>
      %43 = "stablehlo.reshape"(%42) : (tensor<1x4096xbf16>) -> tensor<4096xbf16>
      %44 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %45 = "stablehlo.dynamic_slice"(%33, %28, %44, %44) {slice_sizes = array<i64: 1, 4096, 4096>} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %46 = "stablehlo.reshape"(%45) : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %47 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %48 = "stablehlo.dynamic_slice"(%34, %28, %47, %47) {slice_sizes = array<i64: 1, 4096, 4096>} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %49 = "stablehlo.reshape"(%48) : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %50 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %51 = "stablehlo.dynamic_slice"(%35, %28, %50, %50) {slice_sizes = array<i64: 1, 4096, 4096>} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %52 = "stablehlo.reshape"(%51) : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %53 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %54 = "stablehlo.dynamic_slice"(%36, %28, %53, %53) {slice_sizes = array<i64: 1, 4096, 4096>} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %55 = "stablehlo.reshape"(%54) : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %56 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %57 = "stablehlo.dynamic_slice"(%37, %28, %56) {slice_sizes = array<i64: 1, 4096>} : (tensor<1x4096xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x4096xbf16>
      %58 = "stablehlo.reshape"(%57) : (tensor<1x4096xbf16>) -> tensor<4096xbf16>
      %59 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %60 = "stablehlo.dynamic_slice"(%38, %28, %59, %59) {slice_sizes = array<i64: 1, 11008, 4096>} : (tensor<1x11008x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x11008x4096xbf16>
      %61 = "stablehlo.reshape"(%60) : (tensor<1x11008x4096xbf16>) -> tensor<11008x4096xbf16>
      %62 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %63 = "stablehlo.dynamic_slice"(%39, %28, %62, %62) {slice_sizes = array<i64: 1, 11008, 4096>} : (tensor<1x11008x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x11008x4096xbf16>
      %64 = "stablehlo.reshape"(%63) : (tensor<1x11008x4096xbf16>) -> tensor<11008x4096xbf16>
      %65 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %66 = "stablehlo.dynamic_slice"(%40, %28, %65, %65) {slice_sizes = array<i64: 1, 4096, 11008>} : (tensor<1x4096x11008xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x11008xbf16>
      %67 = "stablehlo.reshape"(%66) : (tensor<1x4096x11008xbf16>) -> tensor<4096x11008xbf16>
      %68 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %69 = "stablehlo.broadcast_in_dim"(%68) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x4096xf32>
      %70 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %71 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %111:5 = "stablehlo.while"(%71, %70, %30, %43, %69) ({
      ^bb0(%72: tensor<i32>, %73: tensor<i32>, %74: tensor<1x8192x4096xf32>, %75: tensor<4096xbf16>, %76: tensor<1x8192x4096xf32>):
        %77 = "stablehlo.compare"(%72, %73) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%77) : (tensor<i1>) -> ()
      }, {
      ^bb0(%78: tensor<i32>, %79: tensor<i32>, %80: tensor<1x8192x4096xf32>, %81: tensor<4096xbf16>, %82: tensor<1x8192x4096xf32>):
        %83 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
        %84 = "stablehlo.multiply"(%78, %83) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %85 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %86 = "stablehlo.dynamic_slice"(%80, %85, %84, %85) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
        %87 = "stablehlo.multiply"(%86, %86) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %88 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %89 = "stablehlo.reduce"(%87, %88) ({
        ^bb0(%90: tensor<f32>, %91: tensor<f32>):
          %92 = "stablehlo.add"(%90, %91) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%92) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
        %93 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
        %94 = "stablehlo.broadcast_in_dim"(%93) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
        %95 = "stablehlo.divide"(%89, %94) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
        %96 = "stablehlo.reshape"(%95) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
        %97 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
        %98 = "stablehlo.broadcast_in_dim"(%97) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
        %99 = "stablehlo.add"(%96, %98) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %100 = "stablehlo.rsqrt"(%99) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %101 = "stablehlo.reshape"(%100) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
        %102 = "stablehlo.broadcast_in_dim"(%101) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
        %103 = "stablehlo.multiply"(%86, %102) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %104 = "stablehlo.convert"(%81) : (tensor<4096xbf16>) -> tensor<4096xf32>
        %105 = "stablehlo.broadcast_in_dim"(%104) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
        %106 = "stablehlo.multiply"(%103, %105) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %107 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %108 = "stablehlo.dynamic_update_slice"(%82, %106, %107, %84, %107) : (tensor<1x8192x4096xf32>, tensor<1x1024x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x4096xf32>
        %109 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %110 = "stablehlo.add"(%78, %109) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%110, %79, %80, %81, %108) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<1x8192x4096xf32>)
      %112 = "stablehlo.convert"(%111#4) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %113 = "stablehlo.dot_general"(%112, %46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %114 = "stablehlo.reshape"(%113) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x32x128xf32>
      %115 = "stablehlo.convert"(%111#4) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %116 = "stablehlo.dot_general"(%115, %49) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %117 = "stablehlo.reshape"(%116) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x32x128xf32>
      %118 = "stablehlo.convert"(%111#4) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %119 = "stablehlo.dot_general"(%118, %52) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %120 = "stablehlo.reshape"(%119) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x32x128xf32>
      %121 = "stablehlo.constant"() {value = dense<[1.0, 0.86596435, 0.7498942, 0.64938164, 0.56234133, 0.48696753, 0.4216965, 0.36517414, 0.31622776, 0.27384198, 0.23713736, 0.2053525, 0.17782794, 0.15399265, 0.13335215, 0.1154782, 0.1, 0.08659643, 0.074989416, 0.064938165, 0.05623413, 0.048696753, 0.04216965, 0.03651741, 0.03162278, 0.027384195, 0.023713736, 0.020535251, 0.017782794, 0.015399265, 0.013335215, 0.01154782, 0.01, 0.008659643, 0.0074989423, 0.0064938166, 0.0056234132, 0.0048696753, 0.004216965, 0.0036517414, 0.0031622779, 0.0027384197, 0.0023713738, 0.002053525, 0.0017782794, 0.0015399265, 0.0013335214, 0.001154782, 0.001, 8.6596434E-4, 7.498942E-4, 6.4938166E-4, 5.623413E-4, 4.869675E-4, 4.216965E-4, 3.651741E-4, 3.162278E-4, 2.7384196E-4, 2.3713738E-4, 2.053525E-4, 1.7782794E-4, 1.5399265E-4, 1.3335215E-4, 1.1547819E-4]> : tensor<64xf32>} : () -> tensor<64xf32>
      %122 = "stablehlo.convert"(%31) : (tensor<8192xi32>) -> tensor<8192xf32>
      %123 = "stablehlo.broadcast_in_dim"(%122) {broadcast_dimensions = array<i64: 0>} : (tensor<8192xf32>) -> tensor<8192x64xf32>
      %124 = "stablehlo.broadcast_in_dim"(%121) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<8192x64xf32>
      %125 = "stablehlo.multiply"(%123, %124) : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x64xf32>
      %126 = "stablehlo.concatenate"(%125, %125) {dimension = 1 : i64} : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x128xf32>
      %127 = "stablehlo.cosine"(%126) : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %128 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %129 = "stablehlo.sine"(%126) : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %130 = "stablehlo.broadcast_in_dim"(%129) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %131 = "stablehlo.slice"(%114) {limit_indices = array<i64: 1, 8192, 32, 64>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %132 = "stablehlo.slice"(%114) {limit_indices = array<i64: 1, 8192, 32, 128>, start_indices = array<i64: 0, 0, 0, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %133 = "stablehlo.negate"(%132) : (tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x64xf32>
      %134 = "stablehlo.concatenate"(%133, %131) {dimension = 3 : i64} : (tensor<1x8192x32x64xf32>, tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x128xf32>
      %135 = "stablehlo.multiply"(%114, %128) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %136 = "stablehlo.multiply"(%134, %130) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %137 = "stablehlo.add"(%135, %136) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %138 = "stablehlo.constant"() {value = dense<[1.0, 0.86596435, 0.7498942, 0.64938164, 0.56234133, 0.48696753, 0.4216965, 0.36517414, 0.31622776, 0.27384198, 0.23713736, 0.2053525, 0.17782794, 0.15399265, 0.13335215, 0.1154782, 0.1, 0.08659643, 0.074989416, 0.064938165, 0.05623413, 0.048696753, 0.04216965, 0.03651741, 0.03162278, 0.027384195, 0.023713736, 0.020535251, 0.017782794, 0.015399265, 0.013335215, 0.01154782, 0.01, 0.008659643, 0.0074989423, 0.0064938166, 0.0056234132, 0.0048696753, 0.004216965, 0.0036517414, 0.0031622779, 0.0027384197, 0.0023713738, 0.002053525, 0.0017782794, 0.0015399265, 0.0013335214, 0.001154782, 0.001, 8.6596434E-4, 7.498942E-4, 6.4938166E-4, 5.623413E-4, 4.869675E-4, 4.216965E-4, 3.651741E-4, 3.162278E-4, 2.7384196E-4, 2.3713738E-4, 2.053525E-4, 1.7782794E-4, 1.5399265E-4, 1.3335215E-4, 1.1547819E-4]> : tensor<64xf32>} : () -> tensor<64xf32>
      %139 = "stablehlo.convert"(%31) : (tensor<8192xi32>) -> tensor<8192xf32>
      %140 = "stablehlo.broadcast_in_dim"(%139) {broadcast_dimensions = array<i64: 0>} : (tensor<8192xf32>) -> tensor<8192x64xf32>
      %141 = "stablehlo.broadcast_in_dim"(%138) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<8192x64xf32>
      %142 = "stablehlo.multiply"(%140, %141) : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x64xf32>
      %143 = "stablehlo.concatenate"(%142, %142) {dimension = 1 : i64} : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x128xf32>
      %144 = "stablehlo.cosine"(%143) : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %145 = "stablehlo.broadcast_in_dim"(%144) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %146 = "stablehlo.sine"(%143) : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %148 = "stablehlo.slice"(%117) {limit_indices = array<i64: 1, 8192, 32, 64>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %149 = "stablehlo.slice"(%117) {limit_indices = array<i64: 1, 8192, 32, 128>, start_indices = array<i64: 0, 0, 0, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %150 = "stablehlo.negate"(%149) : (tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x64xf32>
      %151 = "stablehlo.concatenate"(%150, %148) {dimension = 3 : i64} : (tensor<1x8192x32x64xf32>, tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x128xf32>
      %152 = "stablehlo.multiply"(%117, %145) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %153 = "stablehlo.multiply"(%151, %147) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %154 = "stablehlo.add"(%152, %153) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %155 = "stablehlo.constant"() {value = dense<0.088388346> : tensor<f32>} : () -> tensor<f32>
      %156 = "stablehlo.broadcast_in_dim"(%155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x32x128xf32>
      %157 = "stablehlo.multiply"(%137, %156) : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %158 = "stablehlo.reshape"(%157) : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x1x128xf32>
      %159 = "stablehlo.transpose"(%158) {permutation = array<i64: 0, 2, 3, 1, 4>} : (tensor<1x8192x32x1x128xf32>) -> tensor<1x32x1x8192x128xf32>
      %160 = "stablehlo.transpose"(%154) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8192x32x128xf32>) -> tensor<1x32x8192x128xf32>
      %161 = "stablehlo.transpose"(%120) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8192x32x128xf32>) -> tensor<1x32x8192x128xf32>
      %162 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
      %163 = "stablehlo.broadcast_in_dim"(%162) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1x8192xf32>
      %164 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %165 = "stablehlo.broadcast_in_dim"(%164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1x8192xf32>
      %166 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %167 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1x8192x128xf32>
      %168 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %169 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %327:10 = "stablehlo.while"(%169, %168, %159, %160, %161, %31, %31, %163, %165, %167) ({
      ^bb0(%170: tensor<i32>, %171: tensor<i32>, %172: tensor<1x32x1x8192x128xf32>, %173: tensor<1x32x8192x128xf32>, %174: tensor<1x32x8192x128xf32>, %175: tensor<8192xi32>, %176: tensor<8192xi32>, %177: tensor<1x32x1x8192xf32>, %178: tensor<1x32x1x8192xf32>, %179: tensor<1x32x1x8192x128xf32>):
        %180 = "stablehlo.compare"(%170, %171) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%180) : (tensor<i1>) -> ()
      }, {
      ^bb0(%181: tensor<i32>, %182: tensor<i32>, %183: tensor<1x32x1x8192x128xf32>, %184: tensor<1x32x8192x128xf32>, %185: tensor<1x32x8192x128xf32>, %186: tensor<8192xi32>, %187: tensor<8192xi32>, %188: tensor<1x32x1x8192xf32>, %189: tensor<1x32x1x8192xf32>, %190: tensor<1x32x1x8192x128xf32>):
        %191 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %192 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %321:10 = "stablehlo.while"(%192, %191, %183, %184, %185, %186, %187, %188, %189, %190) ({
        ^bb0(%193: tensor<i32>, %194: tensor<i32>, %195: tensor<1x32x1x8192x128xf32>, %196: tensor<1x32x8192x128xf32>, %197: tensor<1x32x8192x128xf32>, %198: tensor<8192xi32>, %199: tensor<8192xi32>, %200: tensor<1x32x1x8192xf32>, %201: tensor<1x32x1x8192xf32>, %202: tensor<1x32x1x8192x128xf32>):
          %203 = "stablehlo.compare"(%193, %194) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%203) : (tensor<i1>) -> ()
        }, {
        ^bb0(%204: tensor<i32>, %205: tensor<i32>, %206: tensor<1x32x1x8192x128xf32>, %207: tensor<1x32x8192x128xf32>, %208: tensor<1x32x8192x128xf32>, %209: tensor<8192xi32>, %210: tensor<8192xi32>, %211: tensor<1x32x1x8192xf32>, %212: tensor<1x32x1x8192xf32>, %213: tensor<1x32x1x8192x128xf32>):
          %214 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
          %215 = "stablehlo.multiply"(%204, %214) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %216 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %217 = "stablehlo.dynamic_slice"(%206, %216, %216, %216, %215, %216) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>} : (tensor<1x32x1x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xf32>
          %218 = "stablehlo.reshape"(%217) : (tensor<1x32x1x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %219 = "stablehlo.dynamic_slice"(%209, %215) {slice_sizes = array<i64: 1024>} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
          %220 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %221 = "stablehlo.dynamic_slice"(%211, %220, %220, %220, %215) {slice_sizes = array<i64: 1, 32, 1, 1024>} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
          %222 = "stablehlo.reshape"(%221) : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
          %223 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %224 = "stablehlo.dynamic_slice"(%212, %223, %223, %223, %215) {slice_sizes = array<i64: 1, 32, 1, 1024>} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
          %225 = "stablehlo.reshape"(%224) : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
          %226 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %227 = "stablehlo.dynamic_slice"(%213, %226, %226, %226, %215, %226) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>} : (tensor<1x32x1x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xf32>
          %228 = "stablehlo.reshape"(%227) : (tensor<1x32x1x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %229 = "stablehlo.slice"(%219) {limit_indices = array<i64: 1024>, start_indices = array<i64: 1023>, strides = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1xi32>
          %230 = "stablehlo.reshape"(%229) : (tensor<1xi32>) -> tensor<i32>
          %231 = "stablehlo.slice"(%210) {limit_indices = array<i64: 8192>, start_indices = array<i64: 0>, strides = array<i64: 1024>} : (tensor<8192xi32>) -> tensor<8xi32>
          %232 = "stablehlo.broadcast_in_dim"(%230) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8xi32>
          %233 = "stablehlo.compare"(%231, %232) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
          %234 = "stablehlo.convert"(%233) : (tensor<8xi1>) -> tensor<8xi32>
          %235 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %236 = "stablehlo.reduce"(%234, %235) ({
          ^bb0(%237: tensor<i32>, %238: tensor<i32>):
            %239 = "stablehlo.add"(%237, %238) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%239) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
          %240 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %309:10 = "stablehlo.while"(%240, %236, %218, %219, %207, %208, %210, %222, %225, %228) ({
          ^bb0(%241: tensor<i32>, %242: tensor<i32>, %243: tensor<1x32x1024x128xf32>, %244: tensor<1024xi32>, %245: tensor<1x32x8192x128xf32>, %246: tensor<1x32x8192x128xf32>, %247: tensor<8192xi32>, %248: tensor<1x32x1024xf32>, %249: tensor<1x32x1024xf32>, %250: tensor<1x32x1024x128xf32>):
            %251 = "stablehlo.compare"(%241, %242) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%251) : (tensor<i1>) -> ()
          }, {
          ^bb0(%252: tensor<i32>, %253: tensor<i32>, %254: tensor<1x32x1024x128xf32>, %255: tensor<1024xi32>, %256: tensor<1x32x8192x128xf32>, %257: tensor<1x32x8192x128xf32>, %258: tensor<8192xi32>, %259: tensor<1x32x1024xf32>, %260: tensor<1x32x1024xf32>, %261: tensor<1x32x1024x128xf32>):
            %262 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
            %263 = "stablehlo.multiply"(%252, %262) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %264 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %265 = "stablehlo.dynamic_slice"(%256, %264, %264, %263, %264) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xf32>
            %266 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %267 = "stablehlo.dynamic_slice"(%257, %266, %266, %263, %266) {slice_sizes = array<i64: 1, 32, 1024, 128>} : (tensor<1x32x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xf32>
            %268 = "stablehlo.dynamic_slice"(%258, %263) {slice_sizes = array<i64: 1024>} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
            %269 = "stablehlo.dot_general"(%254, %265) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x1024xf32>
            %270 = "stablehlo.broadcast_in_dim"(%255) {broadcast_dimensions = array<i64: 1>} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %271 = "stablehlo.reshape"(%270) : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %272 = "stablehlo.broadcast_in_dim"(%268) {broadcast_dimensions = array<i64: 2>} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %273 = "stablehlo.reshape"(%272) : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %274 = "stablehlo.compare"(%273, %271) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi1>
            %275 = "stablehlo.broadcast_in_dim"(%274) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<1024x1024xi1>) -> tensor<1x32x1024x1024xi1>
            %276 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %277 = "stablehlo.broadcast_in_dim"(%276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024x1024xf32>
            %278 = "stablehlo.select"(%275, %269, %277) : (tensor<1x32x1024x1024xi1>, tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %279 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %280 = "stablehlo.reduce"(%278, %279) ({
            ^bb0(%281: tensor<f32>, %282: tensor<f32>):
              %283 = "stablehlo.maximum"(%281, %282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%283) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %284 = "stablehlo.maximum"(%259, %280) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %285 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %286 = "stablehlo.broadcast_in_dim"(%285) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %287 = "stablehlo.compare"(%284, %286) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
            %288 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %289 = "stablehlo.broadcast_in_dim"(%288) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %290 = "stablehlo.select"(%287, %289, %284) : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %291 = "stablehlo.broadcast_in_dim"(%290) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %292 = "stablehlo.subtract"(%278, %291) : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %293 = "stablehlo.exponential"(%292) : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %294 = "stablehlo.subtract"(%259, %290) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %295 = "stablehlo.exponential"(%294) : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %296 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
            %297 = "stablehlo.reduce"(%293, %296) ({
            ^bb0(%298: tensor<f32>, %299: tensor<f32>):
              %300 = "stablehlo.add"(%298, %299) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%300) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %301 = "stablehlo.multiply"(%260, %295) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %302 = "stablehlo.add"(%301, %297) : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %303 = "stablehlo.dot_general"(%293, %267) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %304 = "stablehlo.broadcast_in_dim"(%295) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
            %305 = "stablehlo.multiply"(%261, %304) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %306 = "stablehlo.add"(%305, %303) : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %307 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %308 = "stablehlo.add"(%252, %307) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%308, %253, %254, %255, %256, %257, %258, %284, %302, %306) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
          }) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xf32>, tensor<1024xi32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
          %310 = "stablehlo.reshape"(%309#7) : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %311 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %312 = "stablehlo.dynamic_update_slice"(%211, %310, %311, %311, %311, %215) : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %313 = "stablehlo.reshape"(%309#8) : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %314 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %315 = "stablehlo.dynamic_update_slice"(%212, %313, %314, %314, %314, %215) : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %316 = "stablehlo.reshape"(%309#9) : (tensor<1x32x1024x128xf32>) -> tensor<1x32x1x1024x128xf32>
          %317 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
          %318 = "stablehlo.dynamic_update_slice"(%213, %316, %317, %317, %317, %215, %317) : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x1024x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192x128xf32>
          %319 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
          %320 = "stablehlo.add"(%204, %319) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%320, %205, %206, %207, %208, %209, %210, %312, %315, %318) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
        }) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
        %322 = "stablehlo.collective_permute"(%184) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>} : (tensor<1x32x8192x128xf32>) -> tensor<1x32x8192x128xf32>
        %323 = "stablehlo.collective_permute"(%185) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>} : (tensor<1x32x8192x128xf32>) -> tensor<1x32x8192x128xf32>
        %324 = "stablehlo.collective_permute"(%187) {channel_handle = #stablehlo.channel_handle<handle = 3, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>} : (tensor<8192xi32>) -> tensor<8192xi32>
        %325 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %326 = "stablehlo.add"(%181, %325) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%326, %182, %321#2, %322, %323, %321#5, %324, %321#7, %321#8, %321#9) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<1x32x8192x128xf32>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
      %328 = "stablehlo.broadcast_in_dim"(%327#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x32x1x8192xf32>) -> tensor<1x32x1x8192x128xf32>
      %329 = "stablehlo.divide"(%327#9, %328) : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x8192x128xf32>) -> tensor<1x32x1x8192x128xf32>
      %330 = "stablehlo.transpose"(%329) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x32x1x8192x128xf32>) -> tensor<1x8192x32x1x128xf32>
      %331 = "stablehlo.reshape"(%330) : (tensor<1x8192x32x1x128xf32>) -> tensor<1x8192x4096xf32>
      %332 = "stablehlo.convert"(%331) : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %333 = "stablehlo.dot_general"(%332, %55) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %334 = "stablehlo.add"(%30, %333) : (tensor<1x8192x4096xf32>, tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xf32>
      %335 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %336 = "stablehlo.broadcast_in_dim"(%335) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x4096xf32>
      %337 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
      %338 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %394:8 = "stablehlo.while"(%338, %337, %334, %61, %64, %67, %58, %336) ({
      ^bb0(%339: tensor<i32>, %340: tensor<i32>, %341: tensor<1x8192x4096xf32>, %342: tensor<11008x4096xbf16>, %343: tensor<11008x4096xbf16>, %344: tensor<4096x11008xbf16>, %345: tensor<4096xbf16>, %346: tensor<1x8192x4096xf32>):
        %347 = "stablehlo.compare"(%339, %340) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%347) : (tensor<i1>) -> ()
      }, {
      ^bb0(%348: tensor<i32>, %349: tensor<i32>, %350: tensor<1x8192x4096xf32>, %351: tensor<11008x4096xbf16>, %352: tensor<11008x4096xbf16>, %353: tensor<4096x11008xbf16>, %354: tensor<4096xbf16>, %355: tensor<1x8192x4096xf32>):
        %356 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
        %357 = "stablehlo.multiply"(%348, %356) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %358 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %359 = "stablehlo.dynamic_slice"(%350, %358, %357, %358) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
        %360 = "stablehlo.multiply"(%359, %359) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %361 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %362 = "stablehlo.reduce"(%360, %361) ({
        ^bb0(%363: tensor<f32>, %364: tensor<f32>):
          %365 = "stablehlo.add"(%363, %364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%365) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
        %366 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
        %367 = "stablehlo.broadcast_in_dim"(%366) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
        %368 = "stablehlo.divide"(%362, %367) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
        %369 = "stablehlo.reshape"(%368) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
        %370 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
        %371 = "stablehlo.broadcast_in_dim"(%370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
        %372 = "stablehlo.add"(%369, %371) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %373 = "stablehlo.rsqrt"(%372) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %374 = "stablehlo.reshape"(%373) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
        %375 = "stablehlo.broadcast_in_dim"(%374) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
        %376 = "stablehlo.multiply"(%359, %375) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %377 = "stablehlo.convert"(%354) : (tensor<4096xbf16>) -> tensor<4096xf32>
        %378 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
        %379 = "stablehlo.multiply"(%376, %378) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %380 = "stablehlo.convert"(%379) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %381 = "stablehlo.dot_general"(%380, %352) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %382 = "stablehlo.logistic"(%381) : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %383 = "stablehlo.multiply"(%381, %382) : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %384 = "stablehlo.convert"(%379) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %385 = "stablehlo.dot_general"(%384, %351) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %386 = "stablehlo.multiply"(%383, %385) : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %387 = "stablehlo.convert"(%386) : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xbf16>
        %388 = "stablehlo.dot_general"(%387, %353) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x11008xbf16>, tensor<4096x11008xbf16>) -> tensor<1x1024x4096xf32>
        %389 = "stablehlo.add"(%359, %388) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %390 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %391 = "stablehlo.dynamic_update_slice"(%355, %389, %390, %357, %390) : (tensor<1x8192x4096xf32>, tensor<1x1024x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x4096xf32>
        %392 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %393 = "stablehlo.add"(%348, %392) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%393, %349, %350, %351, %352, %353, %354, %391) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> ()
      }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>)
      %395 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %396 = "stablehlo.add"(%28, %395) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%396, %29, %394#7, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>)
    %398 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %399 = "stablehlo.broadcast_in_dim"(%398) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x8192x32000xf32>
    %400 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %401 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %445:6 = "stablehlo.while"(%401, %400, %397#2, %arg11, %arg12, %399) ({
    ^bb0(%402: tensor<i32>, %403: tensor<i32>, %404: tensor<1x8192x4096xf32>, %405: tensor<4096xbf16>, %406: tensor<32000x4096xbf16>, %407: tensor<1x8192x32000xf32>):
      %408 = "stablehlo.compare"(%402, %403) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%408) : (tensor<i1>) -> ()
    }, {
    ^bb0(%409: tensor<i32>, %410: tensor<i32>, %411: tensor<1x8192x4096xf32>, %412: tensor<4096xbf16>, %413: tensor<32000x4096xbf16>, %414: tensor<1x8192x32000xf32>):
      %415 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>} : () -> tensor<i32>
      %416 = "stablehlo.multiply"(%409, %415) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %417 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %418 = "stablehlo.dynamic_slice"(%411, %417, %416, %417) {slice_sizes = array<i64: 1, 1024, 4096>} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
      %419 = "stablehlo.multiply"(%418, %418) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %420 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
      %421 = "stablehlo.reduce"(%419, %420) ({
      ^bb0(%422: tensor<f32>, %423: tensor<f32>):
        %424 = "stablehlo.add"(%422, %423) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%424) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
      %425 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
      %426 = "stablehlo.broadcast_in_dim"(%425) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024xf32>
      %427 = "stablehlo.divide"(%421, %426) : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
      %428 = "stablehlo.reshape"(%427) : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
      %429 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>} : () -> tensor<f32>
      %430 = "stablehlo.broadcast_in_dim"(%429) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1024x1xf32>
      %431 = "stablehlo.add"(%428, %430) : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %432 = "stablehlo.rsqrt"(%431) : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %433 = "stablehlo.reshape"(%432) : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
      %434 = "stablehlo.broadcast_in_dim"(%433) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
      %435 = "stablehlo.multiply"(%418, %434) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %436 = "stablehlo.convert"(%412) : (tensor<4096xbf16>) -> tensor<4096xf32>
      %437 = "stablehlo.broadcast_in_dim"(%436) {broadcast_dimensions = array<i64: 2>} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
      %438 = "stablehlo.multiply"(%435, %437) : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %439 = "stablehlo.convert"(%438) : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
      %440 = "stablehlo.dot_general"(%439, %413) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<1x1024x4096xbf16>, tensor<32000x4096xbf16>) -> tensor<1x1024x32000xf32>
      %441 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
      %442 = "stablehlo.dynamic_update_slice"(%414, %440, %441, %416, %441) : (tensor<1x8192x32000xf32>, tensor<1x1024x32000xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x32000xf32>
      %443 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %444 = "stablehlo.add"(%409, %443) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%444, %410, %411, %412, %413, %442) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>)
    %446 = "stablehlo.reshape"(%445#5) : (tensor<1x8192x32000xf32>) -> tensor<1x8192x32000xf32>
    return %446 : tensor<1x8192x32000xf32>
  }
}
