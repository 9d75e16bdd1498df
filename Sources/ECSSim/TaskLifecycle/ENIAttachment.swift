/// An `ElasticNetworkInterface` attachment of an awsvpc task.
public struct ENIAttachment: Sendable {
  public var id: HexID
  public var status: String
  public var subnetId: String
  public var networkInterfaceId: String
  public var macAddress: String
  public var privateIPv4Address: String
  public var privateDnsName: String
}
