/// `dsr acknowledge`.
enum AcknowledgeEvent: WorkflowEventName {
    static let name = "acknowledge"
    static let abstract = "Acknowledge receipt and start handling."
}

/// `dsr request-identity`.
enum RequestIdentityEvent: WorkflowEventName {
    static let name = "request-identity"
    static let abstract = "Ask for information to confirm identity (GDPR Art. 12(6)); pauses the clock."
}

/// `dsr receive-identity`.
enum ReceiveIdentityEvent: WorkflowEventName {
    static let name = "receive-identity"
    static let abstract = "Record that identity was confirmed; resumes the clock."
}

/// `dsr request-clarification`.
enum RequestClarificationEvent: WorkflowEventName {
    static let name = "request-clarification"
    static let abstract = "Ask the data subject to specify the request (recital 63); pauses the clock."
}

/// `dsr receive-clarification`.
enum ReceiveClarificationEvent: WorkflowEventName {
    static let name = "receive-clarification"
    static let abstract = "Record the clarification; resumes the clock."
}

/// `dsr extend`.
enum ExtendEvent: WorkflowEventName {
    static let name = "extend"
    static let abstract = "Extend by two months (GDPR Art. 12(3)); needs --reason; once, within the first month."
}

/// `dsr complete`.
enum CompleteEvent: WorkflowEventName {
    static let name = "complete"
    static let abstract = "Record that the right was granted."
}

/// `dsr refuse`.
enum RefuseEvent: WorkflowEventName {
    static let name = "refuse"
    static let abstract = "Refuse in whole or in part (GDPR Art. 12(4)); needs --ground and --reason."
}

/// `dsr withdraw`.
enum WithdrawEvent: WorkflowEventName {
    static let name = "withdraw"
    static let abstract = "Record that the data subject withdrew the request."
}

/// `dsr restrict`.
enum RestrictEvent: WorkflowEventName {
    static let name = "restrict"
    static let abstract = "Restrict processing (GDPR Art. 18); needs --end-condition and recipients."
}

/// `dsr notify-lift`.
enum NotifyLiftEvent: WorkflowEventName {
    static let name = "notify-lift"
    static let abstract =
        "Tell the data subject before lifting a restriction (GDPR Art. 18(3)); needs --lifts-on and --reason."
}

/// `dsr lift`.
enum LiftEvent: WorkflowEventName {
    static let name = "lift"
    static let abstract = "Lift a restriction after the data subject was told."
}
