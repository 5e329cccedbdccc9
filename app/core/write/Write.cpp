#include "Write.h"

#include <utility>

namespace warden {

Write::Write(Database& database, QString auditActor)
    : m_database(database)
    , m_auditActor(std::move(auditActor))
    , m_transaction(database)
{ }

void Write::audit(const QString& action, const QString& target, const QJsonObject& before, const QJsonObject& after)
{
    auditIn(m_accountCode, action, target, before, after);
}

void Write::auditIn(const QString& accountCode, const QString& action, const QString& target, const QJsonObject& before,
                    const QJsonObject& after)
{
    m_entries.append({accountCode, action, target, before, after});
}

void Write::changed(Changed what, qint64 id)
{
    const std::pair<Changed, qint64> change {what, id};
    if (!m_changes.contains(change)) {
        m_changes.append(change);
    }
}

void Write::lastStep(std::function<Status()> step, std::function<void()> undo)
{
    m_lastSteps.append({std::move(step), std::move(undo)});
}

} // namespace warden
