#include "SyncStore.h"

#include "../domain/BuiltInRoles.h"
#include "../sync/DirectoryReader.h"
#include "Database.h"
#include "DirectoryStore.h"
#include "SqlErrors.h"

#include <QJsonDocument>

namespace warden {

namespace {

constexpr qsizetype kBatchRows = 256;

const char* const kStagingTable = R"SQL(CREATE TEMP TABLE sync_staging (
  line INTEGER PRIMARY KEY, dn TEXT NOT NULL, sync_key TEXT NOT NULL, email_key TEXT NOT NULL, email TEXT NOT NULL,
  display_name TEXT NOT NULL, name_key TEXT NOT NULL, upn TEXT NOT NULL, disabled INTEGER NOT NULL,
  action TEXT NOT NULL DEFAULT 'create', user_id BIGINT, other TEXT))SQL";

const QStringList& stagedColumns()
{
    static const QStringList columns {
        QStringLiteral("line"),      QStringLiteral("dn"),    QStringLiteral("sync_key"),
        QStringLiteral("email_key"), QStringLiteral("email"), QStringLiteral("display_name"),
        QStringLiteral("name_key"),  QStringLiteral("upn"),   QStringLiteral("disabled")};
    return columns;
}

const QString kConnectorColumns = QStringLiteral(
    "c.account_id, a.code, c.url, c.start_tls, c.ca_file, c.bind_dn, c.base_dn, c.filter, c.map_email, c.map_name, "
    "c.map_upn, c.map_disabled, c.domains, c.schedule_minutes, c.version, c.changed_by, c.changed_at, "
    "c.server_identity, c.settings_key, c.watermark, c.last_run_at, c.last_result, c.last_message, c.last_counts, "
    "c.last_duration_ms");

DirectoryConnector connectorFrom(const QSqlQuery& q)
{
    DirectoryConnector c;
    int i = 0;
    c.accountId = q.value(i++).toLongLong();
    c.accountCode = q.value(i++).toString();
    c.url = q.value(i++).toString();
    c.startTls = q.value(i++).toInt() != 0;
    c.caFile = q.value(i++).toString();
    c.bindDn = q.value(i++).toString();
    c.baseDn = q.value(i++).toString();
    c.filter = q.value(i++).toString();
    c.mapEmail = q.value(i++).toString();
    c.mapName = q.value(i++).toString();
    c.mapUpn = q.value(i++).toString();
    c.mapDisabled = q.value(i++).toString();
    const QString domains = q.value(i++).toString();
    c.domains = domains.isEmpty() ? QStringList() : domains.split(QLatin1Char(','));
    c.scheduleMinutes = q.value(i++).toInt();
    c.version = q.value(i++).toInt();
    c.changedBy = q.value(i++).toString();
    c.changedAt = q.value(i++).toString();
    c.serverIdentity = q.value(i++).toString();
    c.settingsKey = q.value(i++).toString();
    c.watermark = q.value(i++).toString();
    c.lastRunAt = q.value(i++).toString();
    c.lastResult = q.value(i++).toString();
    c.lastMessage = q.value(i++).toString();
    c.lastCounts = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    c.lastDurationMs = q.value(i++).toLongLong();
    return c;
}

} // namespace

SyncStore::SyncStore(Database& database)
    : m_database(database)
    , m_insertBatch(database.connection())
{ }

Result<std::optional<DirectoryConnector>> SyncStore::connector(qint64 accountId) const
{
    auto found = connectors({accountId});
    if (!found) {
        return found.refusal();
    }
    if (found.value().isEmpty()) {
        return std::optional<DirectoryConnector>();
    }
    return std::optional<DirectoryConnector>(found.value().first());
}

Result<QList<DirectoryConnector>> SyncStore::connectors(const QList<qint64>& accountIds) const
{
    QList<DirectoryConnector> found;
    if (accountIds.isEmpty()) {
        return found;
    }
    QVariantList ids;
    for (const qint64 id : accountIds) {
        ids.append(id);
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT %1 FROM directory_connectors c JOIN accounts a ON a.id = "
                                                "c.account_id WHERE c.account_id IN (%2) ORDER BY a.code")
                                     .arg(kConnectorColumns, placeholders(ids.size())),
                                 ids, "reading directory connectors");
        !done) {
        return done.refusal();
    }
    while (q.next()) {
        found.append(connectorFrom(q));
    }
    return found;
}

Result<QList<DirectoryConnector>> SyncStore::scheduledConnectors() const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execStatement(q,
                                  QStringLiteral("SELECT %1 FROM directory_connectors c JOIN accounts a ON a.id = "
                                                 "c.account_id WHERE c.schedule_minutes > 0 ORDER BY a.code")
                                      .arg(kConnectorColumns),
                                  "reading directory connectors");
        !done) {
        return done.refusal();
    }
    QList<DirectoryConnector> found;
    while (q.next()) {
        found.append(connectorFrom(q));
    }
    return found;
}

Result<int> SyncStore::saveSettings(const DirectoryConnector& c, const QString& by)
{
    const QVariantList settings {c.url,
                                 int(c.startTls),
                                 c.caFile,
                                 c.bindDn,
                                 c.baseDn,
                                 c.filter,
                                 c.mapEmail,
                                 c.mapName,
                                 c.mapUpn,
                                 c.mapDisabled,
                                 c.domains.join(QLatin1Char(',')),
                                 c.scheduleMinutes,
                                 by,
                                 DirectoryStore::now()};
    QSqlQuery q(m_database.connection());
    if (c.version == 0) {
        QVariantList values {c.accountId};
        values += settings;
        if (auto done = execPrepared(
                q,
                QStringLiteral("INSERT INTO directory_connectors (account_id, url, start_tls, ca_file, bind_dn, "
                               "base_dn, filter, map_email, map_name, map_upn, map_disabled, domains, "
                               "schedule_minutes, changed_by, changed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, 1) ON CONFLICT (account_id) DO NOTHING"),
                values, "saving the directory connector");
            !done) {
            return done.refusal();
        }
    } else {
        QVariantList values = settings;
        values << c.accountId << c.version;
        if (auto done = execPrepared(
                q,
                QStringLiteral("UPDATE directory_connectors SET url = ?, start_tls = ?, ca_file = ?, bind_dn = ?, "
                               "base_dn = ?, filter = ?, map_email = ?, map_name = ?, map_upn = ?, map_disabled = ?, "
                               "domains = ?, schedule_minutes = ?, changed_by = ?, changed_at = ?, version = version "
                               "+ 1 WHERE account_id = ? AND version = ?"),
                values, "saving the directory connector");
            !done) {
            return done.refusal();
        }
    }
    if (q.numRowsAffected() != 1) {
        return Refusal {Refusal::Kind::Conflict, QString()};
    }
    return c.version + 1;
}

Status SyncStore::recordRun(const DirectoryConnector& c)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE directory_connectors SET server_identity = ?, settings_key = ?, "
                                       "watermark = ?, last_run_at = ?, last_result = ?, last_message = ?, "
                                       "last_counts = ?, last_duration_ms = ? WHERE account_id = ?"),
                        {c.serverIdentity, c.settingsKey, c.watermark, c.lastRunAt, c.lastResult, c.lastMessage,
                         QString::fromUtf8(QJsonDocument(c.lastCounts).toJson(QJsonDocument::Compact)),
                         c.lastDurationMs, c.accountId},
                        "recording the directory sync");
}

Status SyncStore::prepare()
{
    QSqlQuery ddl(m_database.connection());
    if (auto done = execStatement(ddl, QStringLiteral("DROP TABLE IF EXISTS sync_staging"), "preparing the sync");
        !done) {
        return done;
    }
    if (auto done = execStatement(ddl, QString::fromLatin1(kStagingTable), "preparing the sync"); !done) {
        return done;
    }
    m_copy.reset();
    if (m_database.dialect() == Database::Dialect::PostgreSQL && PostgresCopy::availableOn(m_database)) {
        m_copy.emplace(m_database, QStringLiteral("sync_staging"), stagedColumns());
    } else {
        m_insertBatch.prepare(multiRowInsert(QStringLiteral("sync_staging"), stagedColumns(), kBatchRows));
    }
    m_pending.clear();
    m_pending.reserve(kBatchRows * stagedColumns().size());
    return {};
}

Status SyncStore::stage(const DirectoryPerson& person, qint64 line)
{
    const QVariantList row {line,
                            person.dn,
                            person.key,
                            DirectoryStore::emailKey(person.email),
                            person.email,
                            person.displayName,
                            DirectoryStore::nameKey(person.displayName),
                            person.upn,
                            int(person.disabled)};
    if (m_copy) {
        return m_copy->add(row);
    }
    m_pending += row;
    return m_pending.size() >= kBatchRows * stagedColumns().size() ? flush() : Status();
}

Status SyncStore::flush()
{
    if (m_copy) {
        return m_copy->flush();
    }
    if (m_pending.isEmpty()) {
        return {};
    }
    const bool full = m_pending.size() == kBatchRows * stagedColumns().size();
    QSqlQuery last(m_database.connection());
    QSqlQuery& insert = full ? m_insertBatch : last;
    if (!full) {
        insert.prepare(
            multiRowInsert(QStringLiteral("sync_staging"), stagedColumns(), m_pending.size() / stagedColumns().size()));
    }
    for (const QVariant& value : std::as_const(m_pending)) {
        insert.addBindValue(value);
    }
    m_pending.clear();
    return exec(insert, "reading the directory");
}

Status SyncStore::finish()
{
    if (auto done = flush(); !done) {
        return done;
    }
    QSqlQuery ddl(m_database.connection());
    for (const QString& index : {QStringLiteral("CREATE INDEX sync_staging_email ON sync_staging(email_key)"),
                                 QStringLiteral("CREATE INDEX sync_staging_key ON sync_staging(sync_key)")}) {
        if (auto done = execStatement(ddl, index, "reading the directory"); !done) {
            return done;
        }
    }
    return {};
}

QString SyncStore::markRepeats(const QString& column, const QString& actions, const QString& mark)
{
    // Every row after the first of its group (rows whose action is one of `actions`), pointing
    // at the first one's DN; set-based, so it stays one pass over large directories.
    return QStringLiteral(
               "UPDATE sync_staging SET action = '%3', other = f.dn FROM (SELECT s.%1 AS k, s.line AS "
               "first_line, s.dn FROM sync_staging s JOIN (SELECT %1, min(line) AS first_line FROM "
               "sync_staging WHERE action IN (%2) AND %1 IS NOT NULL GROUP BY %1 HAVING count(*) > 1) g ON "
               "g.%1 = s.%1 AND g.first_line = s.line) f WHERE sync_staging.%1 = f.k AND sync_staging.line > "
               "f.first_line AND sync_staging.action IN (%2)")
        .arg(column, actions, mark);
}

Status SyncStore::classify(qint64 accountId)
{
    const QString account = QString::number(accountId);
    // PostgreSQL does not gather statistics on temporary tables by itself: without them it
    // plans the joins below as if the staging table were empty.
    const QString analyze = m_database.dialect() == Database::Dialect::PostgreSQL
        ? QStringLiteral("ANALYZE sync_staging")
        : QStringLiteral("SELECT 1");
    const QStringList steps {
        analyze,
        // An address given by an earlier entry: the first one stays.
        markRepeats(QStringLiteral("email_key"), QStringLiteral("'create'"), QStringLiteral("duplicate")),
        // The same directory entry as a user this connector brought in: its address may have changed.
        QStringLiteral("UPDATE sync_staging SET user_id = u.id, action = CASE WHEN u.email_key = "
                       "sync_staging.email_key THEN 'update' ELSE 'rename' END FROM users u WHERE sync_staging.action "
                       "= 'create' AND u.account_id = %1 AND u.source = 'sync' AND u.sync_key = sync_staging.sync_key")
            .arg(account),
        // Else by address: a user of this connector (the entry was re-created), one added by hand or
        // by import (never touched by a sync), or someone of another account.
        QStringLiteral("UPDATE sync_staging SET user_id = u.id, action = CASE WHEN u.account_id <> %1 THEN 'foreign' "
                       "WHEN u.source <> 'sync' THEN 'left' ELSE 'update' END, other = (SELECT a.code FROM accounts a "
                       "WHERE a.id = u.account_id) FROM users u WHERE sync_staging.action = 'create' AND u.email_key = "
                       "sync_staging.email_key")
            .arg(account),
        QStringLiteral("CREATE INDEX sync_staging_user ON sync_staging(user_id)"),
        analyze,
        // Two entries that change one user: the first one stays.
        markRepeats(QStringLiteral("user_id"), QStringLiteral("'update', 'rename'"), QStringLiteral("repeat")),
        // A changed address someone else holds.
        QStringLiteral(
            "UPDATE sync_staging SET action = 'taken', other = (SELECT u.email FROM users u WHERE "
            "u.email_key = sync_staging.email_key) WHERE action = 'rename' AND EXISTS (SELECT 1 FROM users u "
            "WHERE u.email_key = sync_staging.email_key AND u.id <> sync_staging.user_id)"),
        // Entries that change nothing.
        QStringLiteral("UPDATE sync_staging SET action = 'same' FROM users u WHERE sync_staging.action = 'update' AND "
                       "u.id = sync_staging.user_id AND u.email = sync_staging.email AND u.display_name = "
                       "sync_staging.display_name AND u.upn = sync_staging.upn AND u.disabled = sync_staging.disabled "
                       "AND u.sync_key = sync_staging.sync_key"),
    };
    for (const QString& step : steps) {
        QSqlQuery q(m_database.connection());
        if (auto done = execStatement(q, step, "comparing the directory"); !done) {
            return done;
        }
    }
    return {};
}

Result<std::pair<QList<StagedSkip>, qint64>> SyncStore::skipped(int limit)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execStatement(q,
                                  QStringLiteral("SELECT line, dn, email, action, COALESCE(other, '') FROM "
                                                 "sync_staging WHERE action IN ('foreign', 'duplicate', 'repeat', "
                                                 "'taken', 'refused') ORDER BY line"),
                                  "comparing the directory");
        !done) {
        return done.refusal();
    }
    std::pair<QList<StagedSkip>, qint64> found {{}, 0};
    while (q.next()) {
        if (found.second++ < limit) {
            found.first.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()});
        }
    }
    return found;
}

Result<QList<StagedRename>> SyncStore::renames()
{
    QSqlQuery q(m_database.connection());
    if (auto done = execStatement(q,
                                  QStringLiteral("SELECT s.line, s.dn, s.user_id, u.email, s.email FROM sync_staging s "
                                                 "JOIN users u ON u.id = s.user_id WHERE s.action = 'rename' ORDER BY "
                                                 "s.line"),
                                  "comparing the directory");
        !done) {
        return done.refusal();
    }
    QList<StagedRename> found;
    while (q.next()) {
        found.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                      q.value(4).toString()});
    }
    return found;
}

Status SyncStore::leaveOut(qint64 line, const QString& why)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE sync_staging SET action = 'refused', other = ? WHERE line = ?"),
                        {why, line}, "comparing the directory");
}

Result<std::pair<QList<MissingUser>, qint64>> SyncStore::missing(qint64 accountId, int limit)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("SELECT u.id, u.email FROM users u WHERE u.account_id = ? AND u.source "
                           "= 'sync' AND u.sync_key IS NOT NULL AND u.disabled = 0 AND NOT EXISTS (SELECT 1 FROM "
                           "sync_staging s WHERE s.user_id = u.id) ORDER BY u.email_key"),
            {accountId}, "comparing the directory");
        !done) {
        return done.refusal();
    }
    std::pair<QList<MissingUser>, qint64> found {{}, 0};
    while (q.next()) {
        if (found.second++ < limit) {
            found.first.append({q.value(0).toLongLong(), q.value(1).toString()});
        }
    }
    return found;
}

Result<QList<LastSuperAdministrator>> SyncStore::lastSuperAdministratorsLeaving(qint64 accountId)
{
    // A user this run would disable: brought in by this connector, enabled, matched by no entry.
    const QString leaving = QStringLiteral("%1.account_id = %2 AND %1.source = 'sync' AND %1.sync_key IS NOT NULL AND "
                                           "%1.disabled = 0 AND NOT EXISTS (SELECT 1 FROM sync_staging s WHERE "
                                           "s.user_id = %1.id)");
    const QString account = QString::number(accountId);
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("SELECT DISTINCT u.id, u.email, r.name, a.code FROM role_members m JOIN roles r ON r.id = "
                           "m.role_id JOIN accounts a ON a.id = r.account_id JOIN users u ON u.id = m.user_id WHERE "
                           "r.builtin_key = ? AND %1 AND NOT EXISTS (SELECT 1 FROM role_members m2 JOIN users u2 ON "
                           "u2.id = m2.user_id WHERE m2.role_id = r.id AND u2.disabled = 0 AND NOT (%2))")
                .arg(leaving.arg(QStringLiteral("u"), account), leaving.arg(QStringLiteral("u2"), account)),
            {BuiltInRoles::kSuperAdministrator}, "comparing the directory");
        !done) {
        return done.refusal();
    }
    QList<LastSuperAdministrator> found;
    while (q.next()) {
        found.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return found;
}

Status SyncStore::keepEnabled(const LastSuperAdministrator& user, const QString& why)
{
    QSqlQuery keep(m_database.connection());
    return execPrepared(keep,
                        QStringLiteral("INSERT INTO sync_staging (line, dn, sync_key, email_key, email, display_name, "
                                       "name_key, upn, disabled, action, user_id, other) VALUES (?, ?, '', '', '', '', "
                                       "'', '', 0, 'refused', ?, ?)"),
                        {-user.userId, user.email, user.userId, why}, "comparing the directory");
}

Result<QHash<QString, qint64>> SyncStore::actionCounts()
{
    QSqlQuery q(m_database.connection());
    if (auto done = execStatement(q, QStringLiteral("SELECT action, count(*) FROM sync_staging GROUP BY action"),
                                  "comparing the directory");
        !done) {
        return done.refusal();
    }
    QHash<QString, qint64> counts;
    while (q.next()) {
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return counts;
}

Status SyncStore::apply(qint64 accountId, bool full)
{
    const QString account = QString::number(accountId);
    QStringList steps {
        QStringLiteral("DELETE FROM role_members WHERE user_id IN (SELECT user_id FROM sync_staging WHERE action = "
                       "'rename')"),
        QStringLiteral("UPDATE users SET email = s.email, email_key = s.email_key, display_name = s.display_name, "
                       "name_key = s.name_key, upn = s.upn, disabled = s.disabled, sync_key = s.sync_key FROM "
                       "sync_staging s WHERE users.id = s.user_id AND s.action IN ('update', 'rename')"),
    };
    // Before the new users are inserted: no staged entry points at them.
    if (full) {
        steps.append(
            QStringLiteral(
                "UPDATE users SET disabled = 1 WHERE account_id = %1 AND source = 'sync' AND "
                "sync_key IS NOT NULL AND disabled = 0 AND NOT EXISTS (SELECT 1 FROM sync_staging s WHERE s.user_id = "
                "users.id)")
                .arg(account));
    }
    steps.append(QStringLiteral(
                     "INSERT INTO users (account_id, email, email_key, upn, display_name, name_key, source, disabled, "
                     "created_at, sync_key) SELECT %1, email, email_key, upn, display_name, name_key, 'sync', "
                     "disabled, '%2', sync_key FROM sync_staging WHERE action = 'create'")
                     .arg(account, DirectoryStore::now()));
    for (const QString& step : steps) {
        QSqlQuery q(m_database.connection());
        if (auto done = execStatement(q, step, "applying the directory sync"); !done) {
            return done;
        }
    }
    return {};
}

Status SyncStore::clear()
{
    m_pending.clear();
    m_copy.reset();
    QSqlQuery q(m_database.connection());
    return execStatement(q, QStringLiteral("DROP TABLE IF EXISTS sync_staging"), "finishing the sync");
}

} // namespace warden
