extension Deadline {
    /// Explains, one line per step, how the deadline was computed.
    public func explanation(in language: Language) -> [String] {
        var lines: [String] = []
        switch language {
        case .en:
            lines.append("Received \(received) (\(received.weekday.name(in: .en))); the day of receipt is not counted.")
            lines.append(
                "One month later: \(oneMonthEnd) (same date, or the month's last day; Regulation 1182/71 Art. 3(2)(c))."
            )
            if let extendedEnd {
                lines.append(
                    "Extended by two further months from the end of the first month: \(extendedEnd) (GDPR Art. 12(3)).")
            }
            if pausedDays > 0 {
                lines.append("Paused \(pausedDays) day(s) while waiting for the data subject: \(unrolled).")
            }
        case .fi:
            lines.append("Saapunut \(received.finnish) (\(received.weekday.name(in: .fi))); saapumispäivää ei lasketa.")
            lines.append(
                "Kuukauden kuluttua: \(oneMonthEnd.finnish) (sama päivä tai kuukauden viimeinen päivä; asetus 1182/71 3 artiklan 2 c kohta)."
            )
            if let extendedEnd {
                lines.append(
                    "Jatkettu kahdella kuukaudella ensimmäisen kuukauden päättymisestä: \(extendedEnd.finnish) (tietosuoja-asetuksen 12 artiklan 3 kohta)."
                )
            }
            if pausedDays > 0 {
                lines.append(
                    "Keskeytetty \(pausedDays) päiväksi rekisteröidyn vastausta odotettaessa: \(unrolled.finnish).")
            }
        case .sv:
            lines.append(
                "Inkommen \(received.finnish) (\(received.weekday.name(in: .sv))); mottagningsdagen räknas inte.")
            lines.append(
                "En månad senare: \(oneMonthEnd.finnish) (samma datum eller månadens sista dag; förordning 1182/71 artikel 3.2 c)."
            )
            if let extendedEnd {
                lines.append(
                    "Förlängd med två månader från den första månadens slut: \(extendedEnd.finnish) (artikel 12.3 i dataskyddsförordningen)."
                )
            }
            if pausedDays > 0 {
                lines.append("Avbruten i \(pausedDays) dag(ar) i väntan på den registrerade: \(unrolled.finnish).")
            }
        }
        for entry in skipped {
            let name = entry.reason.name(in: language)
            switch language {
            case .en: lines.append("\(entry.date) is a non-working day (\(name)); the deadline moves to the next day.")
            case .fi:
                lines.append("\(entry.date.finnish) ei ole arkipäivä (\(name)); määräaika siirtyy seuraavaan päivään.")
            case .sv:
                lines.append("\(entry.date.finnish) är inte en arbetsdag (\(name)); fristen flyttas till följande dag.")
            }
        }
        switch language {
        case .en: lines.append("Deadline: \(date) (\(date.weekday.name(in: .en))).")
        case .fi: lines.append("Määräpäivä: \(date.finnish) (\(date.weekday.name(in: .fi))).")
        case .sv: lines.append("Sista dag: \(date.finnish) (\(date.weekday.name(in: .sv))).")
        }
        if rolledOverEve {
            switch language {
            case .en:
                lines.append(
                    "Note: whether Midsummer Eve and Christmas Eve move an EU-law deadline is unconfirmed; answer by \(safeDate) to be safe."
                )
            case .fi:
                lines.append(
                    "Huom: juhannus- ja jouluaaton vaikutus EU-oikeuden määräaikaan on vahvistamatta; vastaa varmuuden vuoksi viimeistään \(safeDate.finnish)."
                )
            case .sv:
                lines.append(
                    "Obs: om midsommarafton och julafton flyttar en EU-rättslig frist är obekräftat; svara för säkerhets skull senast \(safeDate.finnish)."
                )
            }
        }
        return lines
    }
}
