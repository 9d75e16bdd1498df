public enum PurchaseOption: String, Sendable, CaseIterable {
  case onDemand = "On-Demand"
  case reserved = "Reserved"
  case spot = "Spot"
}
