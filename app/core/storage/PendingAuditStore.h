#pragma once

#include "../Result.h"
#include "../domain/AuditEntry.h"

#include <QList>

namespace warden {

class Database;

/// Events that happened on a computer without the database key (a request to join, a failed
/// password while requesting, a key restored from a recovery kit). Such a computer cannot
/// extend the audit chain; the next computer with the key writes these entries and empties the
/// table. `seq` and `mac` stay unset here.
class PendingAuditStore
{
public:
    explicit PendingAuditStore(Database& database);

    [[nodiscard]] Status add(const AuditEntry& entry);
    /// Every waiting event, oldest first, each with its row id in `seq`.
    [[nodiscard]] Result<QList<AuditEntry>> entries() const;
    [[nodiscard]] Status remove(qint64 id);

private:
    Database& m_database;
};

} // namespace warden
