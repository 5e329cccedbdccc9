#include "Transaction.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QSqlQuery>
#include <utility>

namespace warden {

Transaction::Transaction(Database& database)
    : m_database(database)
{ }

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

QString Transaction::savepointName() const
{
    return QStringLiteral("warden_%1").arg(m_depth);
}

Status Transaction::begin()
{
    QSqlQuery query(m_database.connection());
    m_depth = m_database.m_transactionDepth + 1;
    if (m_depth == 1) {
        const SqlDialect dialect(m_database.dialect());
        if (!query.exec(dialect.beginWrite())) {
            return storageRefusal(query.lastError(), "starting a transaction");
        }
        if (const QString lock = dialect.takeWriteLock(); !lock.isEmpty() && !query.exec(lock)) {
            const Refusal refusal = storageRefusal(query.lastError(), "waiting for the write lock");
            QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
            return refusal;
        }
    } else if (!query.exec(QStringLiteral("SAVEPOINT ") + savepointName())) {
        // A nested write is a savepoint: when it fails, only its own part is undone.
        return storageRefusal(query.lastError(), "starting a transaction");
    }
    m_announcementsBefore = m_database.m_afterCommit.size();
    m_database.m_transactionDepth = m_depth;
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active) {
        return {};
    }
    QSqlQuery query(m_database.connection());
    if (m_depth > 1) {
        if (!query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName())) {
            const Refusal refusal = storageRefusal(query.lastError(), "committing");
            rollback();
            return refusal;
        }
        m_active = false;
        m_database.m_transactionDepth = m_depth - 1;
        return {};
    }
    m_active = false;
    m_database.m_transactionDepth = 0;
    const auto announcements = std::exchange(m_database.m_afterCommit, {});
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Refusal refusal = storageRefusal(query.lastError(), "committing");
        QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
        return refusal;
    }
    for (const auto& announcement : announcements) {
        announcement.second();
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    m_database.m_transactionDepth = m_depth - 1;
    // What the undone part meant to announce is dropped with it.
    m_database.m_afterCommit.resize(std::min(m_database.m_afterCommit.size(), m_announcementsBefore));
    QSqlQuery query(m_database.connection());
    if (m_depth > 1) {
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName());
        query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName());
        return;
    }
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace warden
