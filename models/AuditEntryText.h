#pragma once

#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace warden {

/// One field an audit entry changed: its name for people, and its value before and after (empty
/// when the entry records no value on that side).
struct AuditFieldChange
{
    QString field;
    QString before;
    QString after;
};

/// An audit entry as people read it: one sentence ("alice@acme.example added 2 people to Help
/// Desk Administrator in ACME") and, from the recorded before and after, the fields it changed.
/// The raw JSON stays in the log and its exports; the console shows this.
class AuditEntryText
{
    Q_DECLARE_TR_FUNCTIONS(AuditEntryText)

public:
    [[nodiscard]] static QString sentence(const AuditEntry& entry);
    /// Field by field, in the order the entry recorded them; unchanged fields are left out.
    [[nodiscard]] static QList<AuditFieldChange> changes(const AuditEntry& entry);
    /// A recorded field name for people: "memberCount" and "member_count" read "Member count".
    [[nodiscard]] static QString fieldName(const QString& key);
};

} // namespace warden
