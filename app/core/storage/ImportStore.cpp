#include "ImportStore.h"

#include "Database.h"
#include "DirectoryStore.h"
#include "SqlErrors.h"

namespace warden {

namespace {

constexpr qsizetype kBatchRows = 256;
constexpr qsizetype kStagedColumns = 9;

const char* const kStagingTable = R"SQL(CREATE TEMP TABLE import_staging (
  line INTEGER PRIMARY KEY, email_key TEXT NOT NULL, email TEXT NOT NULL, display_name TEXT, name_key TEXT,
  upn TEXT, account_id BIGINT NOT NULL, allow_migration INTEGER NOT NULL, role_id BIGINT,
  action TEXT NOT NULL DEFAULT 'create', user_id BIGINT))SQL";

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

const QStringList& stagedColumns()
{
    static const QStringList columns {
        QStringLiteral("line"),         QStringLiteral("email_key"),       QStringLiteral("email"),
        QStringLiteral("display_name"), QStringLiteral("name_key"),        QStringLiteral("upn"),
        QStringLiteral("account_id"),   QStringLiteral("allow_migration"), QStringLiteral("role_id")};
    return columns;
}

/// INSERT of `rows` staged rows in one statement.
QString insertStatement(qsizetype rows)
{
    return multiRowInsert(QStringLiteral("import_staging"), stagedColumns(), rows);
}

} // namespace

ImportStore::ImportStore(Database& database)
    : m_database(database)
    , m_rolesOf(database.connection())
    , m_insertBatch(database.connection())
{ }

Status ImportStore::prepare()
{
    QSqlQuery ddl(m_database.connection());
    if (auto done = execStatement(ddl, QStringLiteral("DROP TABLE IF EXISTS import_staging"), "preparing the import");
        !done) {
        return done;
    }
    if (auto done = execStatement(ddl, QString::fromLatin1(kStagingTable), "preparing the import"); !done) {
        return done;
    }
    m_rolesOf.prepare(QStringLiteral("SELECT r.name, a.code, r.id FROM role_members m JOIN roles r ON r.id = "
                                     "m.role_id JOIN accounts a ON a.id = r.account_id WHERE m.user_id = ? ORDER BY "
                                     "a.code, r.name"));
    m_copy.reset();
    if (m_database.dialect() == Database::Dialect::PostgreSQL && PostgresCopy::availableOn(m_database)) {
        m_copy.emplace(m_database, QStringLiteral("import_staging"), stagedColumns());
    } else {
        m_insertBatch.prepare(insertStatement(kBatchRows));
    }
    m_pending.clear();
    m_pending.reserve(kBatchRows * kStagedColumns);
    m_uniqueEmails = false;
    m_matchedUsers = 0;
    m_stagedRoles = 0;
    return {};
}

Status ImportStore::stage(const StagedImportRow& row)
{
    m_stagedRoles += row.roleId != 0 ? 1 : 0;
    if (m_copy) {
        return m_copy->add(
            {row.line, DirectoryStore::emailKey(row.email), row.email, textOrNull(row.displayName),
             textOrNull(row.displayName.isEmpty() ? QString() : DirectoryStore::nameKey(row.displayName)),
             textOrNull(row.upn), row.accountId, int(row.allowMigration), idOrNull(row.roleId)});
    }
    m_pending << row.line << DirectoryStore::emailKey(row.email) << row.email << textOrNull(row.displayName)
              << textOrNull(row.displayName.isEmpty() ? QString() : DirectoryStore::nameKey(row.displayName))
              << textOrNull(row.upn) << row.accountId << int(row.allowMigration) << idOrNull(row.roleId);
    return m_pending.size() >= kBatchRows * kStagedColumns ? flush() : Status();
}

Status ImportStore::flush()
{
    if (m_copy) {
        return m_copy->flush();
    }
    if (m_pending.isEmpty()) {
        return {};
    }
    const bool full = m_pending.size() == kBatchRows * kStagedColumns;
    QSqlQuery last(m_database.connection());
    QSqlQuery& insert = full ? m_insertBatch : last;
    if (!full) {
        insert.prepare(insertStatement(m_pending.size() / kStagedColumns));
    }
    for (const QVariant& value : std::as_const(m_pending)) {
        insert.addBindValue(value);
    }
    m_pending.clear();
    return exec(insert, "checking the file");
}

Status ImportStore::finish()
{
    if (auto done = flush(); !done) {
        return done;
    }
    // Most files give each address once: a unique index proves it in the same sort that indexes
    // the addresses, and the search for repeats is skipped. It fails on a repeat; the savepoint
    // keeps the failure from ending the transaction (PostgreSQL), and a plain index follows.
    QSqlQuery ddl(m_database.connection());
    if (auto done = execStatement(ddl, QStringLiteral("SAVEPOINT import_staging_index"), "checking the file"); !done) {
        return done;
    }
    m_uniqueEmails = ddl.exec(QStringLiteral("CREATE UNIQUE INDEX import_staging_email ON import_staging(email_key)"));
    if (!m_uniqueEmails) {
        if (auto done =
                execStatement(ddl, QStringLiteral("ROLLBACK TO SAVEPOINT import_staging_index"), "checking the file");
            !done) {
            return done;
        }
    }
    if (auto done = execStatement(ddl, QStringLiteral("RELEASE SAVEPOINT import_staging_index"), "checking the file");
        !done) {
        return done;
    }
    return m_uniqueEmails ? Status()
                          : execStatement(ddl,
                                          QStringLiteral("CREATE INDEX import_staging_email ON "
                                                         "import_staging(email_key)"),
                                          "checking the file");
}

Status ImportStore::classify()
{
    const QStringList steps {
        QStringLiteral("UPDATE import_staging SET user_id = u.id, action = CASE WHEN u.account_id = "
                       "import_staging.account_id THEN 'update' ELSE 'move' END FROM users u WHERE u.email_key = "
                       "import_staging.email_key"),
        QStringLiteral("UPDATE import_staging SET user_id = u.id, action = 'rename' FROM users u WHERE "
                       "import_staging.user_id IS NULL AND import_staging.upn IS NOT NULL AND u.account_id = "
                       "import_staging.account_id AND u.upn = import_staging.upn"),
    };
    m_matchedUsers = 0;
    for (const QString& step : steps) {
        QSqlQuery q(m_database.connection());
        if (auto done = execStatement(q, step, "checking the file"); !done) {
            return done;
        }
        m_matchedUsers += std::max(0, q.numRowsAffected());
    }
    return {};
}

Result<QList<StagedAddressChange>> ImportStore::addressChanges()
{
    if (m_matchedUsers == 0) {
        return QList<StagedAddressChange>();
    }
    QSqlQuery q(m_database.connection());
    if (auto done =
            execStatement(q,
                          QStringLiteral("SELECT s.line, s.email, s.action, s.allow_migration, s.user_id, "
                                         "u.email, a.code, s.account_id FROM import_staging s JOIN users u ON u.id = "
                                         "s.user_id JOIN accounts a ON a.id = u.account_id WHERE s.action IN "
                                         "('move', 'rename') ORDER BY s.line"),
                          "checking the file");
        !done) {
        return done.refusal();
    }
    QList<StagedAddressChange> changes;
    while (q.next()) {
        changes.append({q.value(0).toLongLong(), q.value(1).toString(),
                        q.value(2).toString() == QLatin1String("rename"), q.value(3).toInt() != 0,
                        q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(),
                        q.value(7).toLongLong()});
    }
    return changes;
}

Status ImportStore::reject(const QList<qint64>& lines)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM import_staging WHERE line = ?"));
    for (const qint64 line : lines) {
        remove.addBindValue(line);
        if (auto done = exec(remove, "checking the file"); !done) {
            return done;
        }
    }
    return {};
}

Result<std::pair<QList<StagedRepeat>, qint64>> ImportStore::takeRepeatedUsers(int limit)
{
    if (m_matchedUsers == 0) {
        return std::pair<QList<StagedRepeat>, qint64> {{}, 0};
    }
    return takeRepeats(QStringLiteral("user_id"), limit);
}

Result<std::pair<QList<StagedRepeat>, qint64>> ImportStore::takeRepeatedEmails(int limit)
{
    if (m_uniqueEmails) {
        return std::pair<QList<StagedRepeat>, qint64> {{}, 0};
    }
    return takeRepeats(QStringLiteral("email_key"), limit);
}

Result<std::pair<QList<StagedRepeat>, qint64>> ImportStore::takeRepeats(const QString& groupedBy, int limit)
{
    // Every row after the first of its group; `groupedBy` is one of this class's column names.
    const QString repeats =
        QStringLiteral("FROM import_staging s JOIN (SELECT %1 AS k, min(line) AS first_line FROM import_staging WHERE "
                       "%1 IS NOT NULL GROUP BY %1 HAVING count(*) > 1) f ON f.k = s.%1 WHERE s.line > f.first_line")
            .arg(groupedBy);
    QSqlQuery q(m_database.connection());
    if (auto done = execStatement(
            q, QStringLiteral("SELECT s.line, f.first_line, s.email ") + repeats + QStringLiteral(" ORDER BY s.line"),
            "checking the file");
        !done) {
        return done.refusal();
    }
    std::pair<QList<StagedRepeat>, qint64> found {{}, 0};
    while (q.next()) {
        if (found.second++ < limit) {
            found.first.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
        }
    }
    q.finish();
    if (found.second == 0) {
        return found;
    }
    if (auto done =
            execStatement(q, QStringLiteral("DELETE FROM import_staging WHERE line IN (SELECT s.line %1)").arg(repeats),
                          "checking the file");
        !done) {
        return done.refusal();
    }
    return found;
}

Result<QHash<QString, qint64>> ImportStore::actionCounts()
{
    QSqlQuery q(m_database.connection());
    if (auto done = execStatement(
            q, QStringLiteral("SELECT action, count(*), count(role_id) FROM import_staging GROUP BY action"),
            "summarising the import");
        !done) {
        return done.refusal();
    }
    QHash<QString, qint64> counts;
    while (q.next()) {
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
        counts[QStringLiteral("roleAssignments")] += q.value(2).toLongLong();
    }
    return counts;
}

Result<QList<HeldRole>> ImportStore::rolesOf(qint64 userId)
{
    m_rolesOf.addBindValue(userId);
    if (auto done = exec(m_rolesOf, "reading roles"); !done) {
        return done.refusal();
    }
    QList<HeldRole> roles;
    while (m_rolesOf.next()) {
        roles.append({m_rolesOf.value(0).toString(), m_rolesOf.value(1).toString(), m_rolesOf.value(2).toLongLong()});
    }
    m_rolesOf.finish();
    return roles;
}

Status ImportStore::apply(const QString& addedBy)
{
    const QString now = DirectoryStore::now();
    // The statements for matched users read only their rows, but each scans the staging table:
    // a file of new users skips them.
    QStringList steps;
    if (m_matchedUsers > 0) {
        steps = QStringList {
            QStringLiteral("DELETE FROM role_members WHERE user_id IN (SELECT user_id FROM import_staging WHERE action "
                           "IN ('move', 'rename'))"),
            QStringLiteral("UPDATE users SET account_id = s.account_id, source = 'import', display_name = "
                           "COALESCE(s.display_name, users.display_name), name_key = COALESCE(s.name_key, "
                           "users.name_key), upn = COALESCE(s.upn, users.upn) FROM import_staging s WHERE users.id = "
                           "s.user_id AND s.action = 'move'"),
            QStringLiteral(
                "UPDATE users SET email = s.email, email_key = s.email_key, source = 'import', display_name = "
                "COALESCE(s.display_name, users.display_name), name_key = COALESCE(s.name_key, "
                "users.name_key) FROM import_staging s WHERE users.id = s.user_id AND s.action = 'rename'"),
            QStringLiteral(
                "UPDATE users SET display_name = COALESCE(s.display_name, users.display_name), name_key = "
                "COALESCE(s.name_key, users.name_key), upn = COALESCE(s.upn, users.upn) FROM import_staging s "
                "WHERE users.id = s.user_id AND s.action = 'update'")};
    }
    steps.append(
        QStringLiteral("INSERT INTO users (account_id, email, email_key, upn, display_name, name_key, source, "
                       "disabled, created_at) SELECT account_id, email, email_key, COALESCE(upn, ''), "
                       "COALESCE(display_name, ''), COALESCE(name_key, ''), 'import', 0, '%1' FROM import_staging "
                       "WHERE action = 'create' ORDER BY line")
            .arg(now));
    for (const QString& step : steps) {
        QSqlQuery q(m_database.connection());
        if (auto done = execStatement(q, step, "importing users"); !done) {
            return done;
        }
    }
    if (m_stagedRoles == 0) {
        return {};
    }
    QSqlQuery members(m_database.connection());
    return execPrepared(members,
                        QStringLiteral("INSERT INTO role_members (role_id, user_id, added_at, added_by) SELECT "
                                       "s.role_id, u.id, ?, ? FROM import_staging s JOIN users u ON u.email_key = "
                                       "s.email_key WHERE s.role_id IS NOT NULL ON CONFLICT DO NOTHING"),
                        {now, addedBy}, "importing role members");
}

Result<QHash<qint64, QJsonObject>> ImportStore::summaries()
{
    QSqlQuery q(m_database.connection());
    if (auto done = execStatement(q,
                                  QStringLiteral("SELECT account_id, action, count(*), count(role_id) FROM "
                                                 "import_staging GROUP BY account_id, action ORDER BY account_id"),
                                  "summarising the import");
        !done) {
        return done.refusal();
    }
    QHash<qint64, QJsonObject> summaries;
    while (q.next()) {
        QJsonObject& summary = summaries[q.value(0).toLongLong()];
        summary.insert(q.value(1).toString(), q.value(2).toLongLong());
        summary.insert(QStringLiteral("roleAssignments"),
                       summary.value(QStringLiteral("roleAssignments")).toInteger() + q.value(3).toLongLong());
    }
    return summaries;
}

Status ImportStore::clear()
{
    QSqlQuery q(m_database.connection());
    return execStatement(q, QStringLiteral("DROP TABLE IF EXISTS import_staging"), "preparing the import");
}

} // namespace warden
