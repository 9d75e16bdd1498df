extension ClusterQueryRegex {
  /// Builds the Thompson automaton of a `Node`, then precomputes its epsilon closures.
  struct AutomatonBuilder {
    enum State {
      case consume(ClusterQueryRegex.ScalarTest, next: Int)
      case split(Int, Int)
      case jump(Int)
      case assertStart(Int)
      case assertEnd(Int)
    }

    var states: [State] = []

    mutating func add(_ s: State) -> Int {
      states.append(s)
      return states.count - 1
    }

    /// Emits states that match `node` and then continue at `next`; returns the entry state.
    mutating func emit(_ node: Node, next: Int) throws(ClusterQueryRegexError) -> Int {
      if states.count > ClusterQueryRegex.maxStates {
        throw ClusterQueryRegexError(
          message: "the pattern is too large (over \(ClusterQueryRegex.maxStates) states); use smaller repetition counts",
          offset: 0)
      }
      switch node {
      case .empty:
        return next
      case .test(let t):
        return add(.consume(t, next: next))
      case .sequence(let items):
        var entry = next
        for item in items.reversed() { entry = try emit(item, next: entry) }
        return entry
      case .choice(let branches):
        var entries: [Int] = []
        for b in branches { entries.append(try emit(b, next: next)) }
        var entry = entries[entries.count - 1]
        for e in entries.dropLast().reversed() { entry = add(.split(e, entry)) }
        return entry
      case .atStart:
        return add(.assertStart(next))
      case .atEnd:
        return add(.assertEnd(next))
      case .repeating(let body, let min, let max):
        var entry = next
        if let max {
          for _ in 0..<(max - min) {
            let bodyEntry = try emit(body, next: entry)
            entry = add(.split(bodyEntry, next))
          }
        } else {
          let loop = add(.jump(-1))  // patched below
          let bodyEntry = try emit(body, next: loop)
          states[loop] = .split(bodyEntry, next)
          entry = loop
        }
        for _ in 0..<min { entry = try emit(body, next: entry) }
        return entry
      }
    }

    /// Numbers the consuming states, then precomputes every epsilon closure in each of the four
    /// position contexts (start of value or not × end of value or not).
    func finish(start: Int, accept: Int) -> ClusterQueryRegex {
      var number = [Int](repeating: -1, count: states.count)
      var tests: [ClusterQueryRegex.ScalarTest] = []
      var nexts: [Int] = []
      for (i, s) in states.enumerated() where i != accept {
        if case .consume(let t, let n) = s { number[i] = tests.count; tests.append(t); nexts.append(n) }
      }
      number[accept] = tests.count
      tests.append(.accept)
      nexts.append(-1)
      let words = (tests.count + 63) / 64

      var visited = [Int](repeating: -1, count: states.count)
      var stamp = 0
      var stack: [Int] = []
      func closure(of state: Int, context: Int, into out: inout [UInt64], at base: Int) {
        stamp += 1
        stack.removeAll(keepingCapacity: true)
        stack.append(state)
        while let s = stack.popLast() {
          guard s >= 0, visited[s] != stamp else { continue }
          visited[s] = stamp
          switch states[s] {
          case .consume:
            let n = number[s]
            out[base + n / 64] |= 1 << UInt64(n % 64)
          case .split(let a, let b): stack.append(b); stack.append(a)
          case .jump(let a): stack.append(a)
          case .assertStart(let a): if context & 1 != 0 { stack.append(a) }
          case .assertEnd(let a): if context & 2 != 0 { stack.append(a) }
          }
        }
      }
      var startClosure = [UInt64](repeating: 0, count: 4 * words)
      var follow = [UInt64](repeating: 0, count: 2 * tests.count * words)
      for context in 0..<4 {
        closure(of: start, context: context, into: &startClosure, at: context * words)
        // After consuming a scalar we are never at the start of the value.
        guard context & 1 == 0 else { continue }
        for (i, n) in nexts.enumerated() where n >= 0 {
          closure(of: n, context: context, into: &follow, at: ((context >> 1) * tests.count + i) * words)
        }
      }
      return ClusterQueryRegex(
        words: words, tests: tests, acceptState: tests.count - 1,
        startClosure: startClosure, follow: follow)
    }
  }
}
