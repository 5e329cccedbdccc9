#include "AuditStore.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace warden {

namespace {

const QString kColumns = QStringLiteral("seq, at, computer_id, actor, account_code, action, target, before_json, "
                                        "after_json, mac, hash, signature");

AuditRecord recordFrom(const QSqlQuery& q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.computerId = q.value(2).toLongLong();
    r.actor = q.value(3).toString();
    r.accountCode = q.value(4).toString();
    r.action = q.value(5).toString();
    r.target = q.value(6).toString();
    r.before = q.value(7).toString();
    r.after = q.value(8).toString();
    r.mac = q.value(9).toString();
    r.hash = q.value(10).toString();
    r.signature = q.value(11).toString();
    return r;
}

AuditCheckpoint checkpointFrom(const QSqlQuery& q)
{
    return AuditCheckpoint {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toLongLong(), q.value(4).toString()};
}

const QString kCheckpointColumns = QStringLiteral("size, root, at, computer_id, signature");

} // namespace

AuditStore::AuditStore(Database& database)
    : m_database(database)
{ }

Status AuditStore::forEach(qint64 afterSeq, const std::function<bool(const AuditRecord&)>& visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq").arg(kColumns),
                                 {afterSeq}, "reading the audit log");
        !done) {
        return done;
    }
    while (q.next()) {
        if (!visit(recordFrom(q))) {
            break;
        }
    }
    return {};
}

Result<AuditRecord> AuditStore::newest() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT 1").arg(kColumns))) {
        return storageRefusal(q.lastError(), "reading the audit log");
    }
    return q.next() ? recordFrom(q) : AuditRecord {};
}

Result<std::optional<AuditRecord>> AuditStore::record(qint64 seq) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(kColumns), {seq},
                                 "reading the audit log");
        !done) {
        return done.refusal();
    }
    return q.next() ? std::optional(recordFrom(q)) : std::optional<AuditRecord>();
}

Result<QList<QByteArray>> AuditStore::hashesAfter(qint64 afterSeq) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto done = execPrepared(q, QStringLiteral("SELECT hash FROM audit_log WHERE seq > ? ORDER BY seq"), {afterSeq},
                                 "reading the audit log");
        !done) {
        return done.refusal();
    }
    QList<QByteArray> hashes;
    while (q.next()) {
        hashes.append(QByteArray::fromHex(q.value(0).toString().toLatin1()));
    }
    return hashes;
}

Status AuditStore::insert(const AuditRecord& r)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(
        q, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        {r.seq, r.at, r.computerId, r.actor, r.accountCode, r.action, r.target, r.before, r.after, r.mac, r.hash,
         r.signature},
        "writing the audit log");
}

Status AuditStore::insertMany(const QList<AuditRecord>& records)
{
    constexpr qsizetype kRowsPerStatement = 500;
    const QStringList columns = kColumns.split(QStringLiteral(", "));
    QSqlQuery q(m_database.connection());
    for (qsizetype start = 0; start < records.size(); start += kRowsPerStatement) {
        const qsizetype rows = std::min(kRowsPerStatement, records.size() - start);
        QVariantList values;
        values.reserve(rows * columns.size());
        for (qsizetype i = start; i < start + rows; ++i) {
            const AuditRecord& r = records.at(i);
            values << r.seq << r.at << r.computerId << r.actor << r.accountCode << r.action << r.target << r.before
                   << r.after << r.mac << r.hash << r.signature;
        }
        if (auto done = execPrepared(q, multiRowInsert(QStringLiteral("audit_log"), columns, rows), values,
                                     "writing the audit log");
            !done) {
            return done;
        }
    }
    return {};
}

Status AuditStore::setHashes(const QList<std::pair<qint64, QString>>& hashes)
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE seq = ?"))) {
        return storageRefusal(q.lastError(), "writing the audit log");
    }
    for (const auto& [seq, hash] : hashes) {
        q.bindValue(0, hash);
        q.bindValue(1, seq);
        if (!q.exec()) {
            return storageRefusal(q.lastError(), "writing the audit log");
        }
    }
    return {};
}

Result<QList<AuditCheckpoint>> AuditStore::checkpoints() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_checkpoints ORDER BY size").arg(kCheckpointColumns))) {
        return storageRefusal(q.lastError(), "reading the audit log's checkpoints");
    }
    QList<AuditCheckpoint> checkpoints;
    while (q.next()) {
        checkpoints.append(checkpointFrom(q));
    }
    return checkpoints;
}

Result<std::optional<AuditCheckpoint>> AuditStore::newestCheckpoint() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM audit_checkpoints ORDER BY size DESC LIMIT 1").arg(kCheckpointColumns))) {
        return storageRefusal(q.lastError(), "reading the audit log's checkpoints");
    }
    return q.next() ? std::optional(checkpointFrom(q)) : std::optional<AuditCheckpoint>();
}

Status AuditStore::insertCheckpoint(const AuditCheckpoint& c)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO audit_checkpoints (%1) VALUES (?, ?, ?, ?, ?) "
                                       "ON CONFLICT (size) DO NOTHING")
                            .arg(kCheckpointColumns),
                        {c.size, c.root, c.at, c.computerId, c.signature}, "writing an audit checkpoint");
}

Result<bool> AuditStore::signingKeyRegistered(qint64 computerId, const QString& signingKey) const
{
    QSqlQuery q(m_database.connection());
    // Base64 holds no LIKE wildcards; the entry's own JSON then confirms the id.
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT after_json FROM audit_log WHERE computer_id <> 0 AND "
                                                "after_json LIKE ?"),
                                 {QStringLiteral("%\"signingKey\":\"%1\"%").arg(signingKey)}, "reading the audit log");
        !done) {
        return done.refusal();
    }
    while (q.next()) {
        const QJsonObject after = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (after.value(QStringLiteral("id")).toInteger() == computerId
            && after.value(QStringLiteral("signingKey")).toString() == signingKey) {
            return true;
        }
    }
    return false;
}

} // namespace warden
