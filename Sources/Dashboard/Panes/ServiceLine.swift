import ECSSim

/// A line of the Services pane: a service, then one line per deployment under it.
enum ServiceLine {
  case service(Service)
  case deployment(Service, Deployment)

  var service: Service {
    switch self {
    case .service(let s), .deployment(let s, _): s
    }
  }
}
