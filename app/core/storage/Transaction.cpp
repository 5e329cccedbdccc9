#include "Transaction.h"

#include "Database.h"
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

Status Transaction::begin()
{
    if (m_database.m_transactionDepth == 0) {
        QSqlQuery query(m_database.connection());
        const QString sql = m_database.dialect() == Database::Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                              : QStringLiteral("BEGIN");
        if (!query.exec(sql)) {
            return storageRefusal(query.lastError(), "starting a transaction");
        }
        m_database.m_rollbackOnly = false;
    }
    ++m_database.m_transactionDepth;
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active) {
        return {};
    }
    m_active = false;
    if (--m_database.m_transactionDepth > 0) {
        return {};
    }
    QSqlQuery query(m_database.connection());
    const auto announcements = std::exchange(m_database.m_afterCommit, {});
    if (m_database.m_rollbackOnly) {
        query.exec(QStringLiteral("ROLLBACK"));
        return Refusal {Refusal::Kind::Storage, QStringLiteral("An inner step failed; the whole change was undone.")};
    }
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
    if (--m_database.m_transactionDepth > 0) {
        m_database.m_rollbackOnly = true;
        return;
    }
    m_database.m_afterCommit.clear();
    QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
}

} // namespace warden
