import DSRCore

/// The register's use cases, for every front end: each takes a typed command value, the actor and ``Today``, and
/// returns a typed result; the front end turns its input into the command and the result into its output.
///
/// The service holds no clock and no front-end wording: it reads storage only through the protocols of
/// ``CaseStorage`` and throws domain errors (``InputError``, ``StoreError``, ``ReplayError`` …) that carry the data
/// a front end needs to word them. Its methods are `async`, so a server can call it from its event loop.
public struct CaseService: Sendable {
    /// Where requests, letters, the profile and identity codes are kept.
    public let storage: any CaseStorage
    /// The workflows in force.
    public let workflows: WorkflowCatalog
    /// The deadline calculator.
    public let calculator: DeadlineCalculator

    /// Creates the service over a register.
    public init(
        storage: any CaseStorage, workflows: WorkflowCatalog,
        calculator: DeadlineCalculator = DeadlineCalculator()
    ) {
        self.storage = storage
        self.workflows = workflows
        self.calculator = calculator
    }
}
