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

void Write::changed(Changed what, qint64 id, const QString& user)
{
    for (Change& change : m_changes) {
        if (change.what == what && change.id == id) {
            // The same object changed for several people: the feed names none of them.
            if (change.user != user) {
                change.user.clear();
            }
            return;
        }
    }
    m_changes.append({what, id, user});
}

void Write::lastStep(std::function<Status()> step, std::function<void()> undo)
{
    m_lastSteps.append({std::move(step), std::move(undo)});
}

} // namespace warden
