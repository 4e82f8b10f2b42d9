module @ring_rotation attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x8xf32> {mhlo.sharding = "{manual}"}) -> (tensor<2x8xf32> {mhlo.sharding = "{manual}"}, tensor<2x8xf32> {mhlo.sharding = "{manual}"}) {
    %0 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<2x8xf32>
    %2 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %15:3 = "stablehlo.while"(%2, %arg0, %1) ({
    ^bb0(%3: tensor<i32>, %4: tensor<2x8xf32>, %5: tensor<2x8xf32>):
      %6 = "stablehlo.constant"() {value = dense<3> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %7 = "stablehlo.compare"(%3, %6) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%7) : (tensor<i1>) -> ()
    }, {
    ^bb0(%8: tensor<i32>, %9: tensor<2x8xf32>, %10: tensor<2x8xf32>):
      %11 = "stablehlo.collective_permute"(%9) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 0]]> : tensor<4x2xi64>, mhlo.sharding = "{manual}"} : (tensor<2x8xf32>) -> tensor<2x8xf32>
      %12 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %13 = "stablehlo.add"(%8, %12) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %14 = "stablehlo.add"(%10, %11) {mhlo.sharding = "{manual}"} : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
      "stablehlo.return"(%13, %11, %14) : (tensor<i32>, tensor<2x8xf32>, tensor<2x8xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<2x8xf32>, tensor<2x8xf32>) -> (tensor<i32>, tensor<2x8xf32>, tensor<2x8xf32>)
    return %15#1, %15#2 : tensor<2x8xf32>, tensor<2x8xf32>
  }
}
