#include "AuditLog.h"

#include "../ChangeNotifier.h"
#include "../Logging.h"
#include "../authorization/Authorizer.h"
#include "../security/ComputerIdentity.h"
#include "../security/DatabaseSecrets.h"
#include "../storage/AccountStore.h"
#include "../storage/AuditStore.h"
#include "../storage/Database.h"
#include "../storage/DatabaseKeyStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"
#include "AuditFormat.h"
#include "AuditInspector.h"
#include "MerkleTree.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

namespace warden {

namespace {

const QString kHeadMeta = QStringLiteral("audit_head");
const QString kFrontierMeta = QStringLiteral("audit_frontier");
const QString kSignedFromMeta = QStringLiteral("audit_signed_from");
const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

QString compactJson(const QJsonObject& object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString csvField(const QString& value)
{
    // RFC 4180 quoting; a leading =,+,-,@ is prefixed with ' so spreadsheets do not run it.
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0))) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

AuditEntry entryFrom(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.at.setTimeSpec(Qt::UTC);
    entry.actor = query.value(2).toString();
    entry.accountCode = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.target = query.value(5).toString();
    entry.before = query.value(6).toString();
    entry.after = query.value(7).toString();
    entry.mac = query.value(8).toString();
    return entry;
}

const QString kSelect =
    QStringLiteral("SELECT seq, at, actor, account_code, action, target, before_json, after_json, mac FROM audit_log");

} // namespace

AuditLog::AuditLog(Database& database, DatabaseSecrets& secrets, const Authorizer& authorizer, ChangeNotifier& notifier,
                   Keychain keychain)
    : m_database(database)
    , m_secrets(secrets)
    , m_authorizer(authorizer)
    , m_notifier(notifier)
    , m_keychain(std::move(keychain))
{ }

QString AuditLog::timestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(kTimeFormat);
}

QString AuditLog::macFor(const AuditRecord& entry, const QString& previousMac, const QByteArray& key)
{
    const QChar sep(0x1F);
    const QString canonical = QString::number(entry.seq) + sep + entry.at + sep + entry.actor + sep + entry.accountCode
        + sep + entry.action + sep + entry.target + sep + entry.before + sep + entry.after + sep + previousMac;
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(canonical.toUtf8(), key, QCryptographicHash::Sha256).toHex());
}

QString AuditLog::headSignature(qint64 seq, const QString& mac, const QByteArray& key)
{
    const QString text = QStringLiteral("head:%1:%2").arg(seq).arg(mac);
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(text.toUtf8(), key, QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> AuditLog::keyOfEntry(qint64 seq) const
{
    auto keys = DatabaseKeyStore(m_database).keys();
    if (!keys) {
        return keys.refusal();
    }
    for (const DatabaseKeyRecord& record : keys.value()) {
        if (seq >= record.firstSeq) {
            return m_secrets.auditKeyOf(record.keyId);
        }
    }
    return m_secrets.auditKey();
}

Result<AuditRecord> AuditLog::lockNewest()
{
    QSqlQuery query(m_database.connection());
    // Serialise appenders on PostgreSQL (SQLite's IMMEDIATE transaction already does).
    if (m_database.dialect() == Database::Dialect::PostgreSQL) {
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id' FOR UPDATE"))) {
            return storageRefusal(query.lastError(), "locking the audit log");
        }
    }
    query.finish();
    // Another console may have rotated the database key since this one loaded it.
    if (auto current = m_secrets.ensureCurrent(); !current) {
        return current.refusal();
    }
    auto previous = AuditStore(m_database).newest();
    if (!previous) {
        return previous.refusal();
    }
    // A log whose newest entry is not the one the head record names lost entries (or had them
    // rewritten); writing on would give the next entry a removed entry's number and hide it.
    auto head = m_database.meta(kHeadMeta);
    if (!head) {
        return head.refusal();
    }
    const QStringList parts = head.value().split(QLatin1Char(':'));
    const qint64 headSeq = parts.value(0).toLongLong();
    // The head was MAC'd with the key of the entry it names (a rotation starts a new key).
    auto headKey = keyOfEntry(headSeq);
    if (!headKey) {
        return headKey.refusal();
    }
    const AuditRecord& last = previous.value();
    const bool headMatches = head.value().isEmpty()
        ? last.seq == 0
        : parts.size() >= 3 && headSignature(headSeq, parts.at(1), headKey.value()) == parts.at(2)
            && headSeq == last.seq && (parts.at(1) == last.hash || parts.at(1) == last.mac);
    if (!headMatches) {
        logger("core.audit")->error("audit log and head record disagree; refusing to append");
        return Refusal {Refusal::Kind::Storage,
                        tr("The audit log does not end where its head record says (the newest entry is %1): entries "
                           "were removed or changed. Nothing was written. Run \"wardenctl audit verify\" and "
                           "restore the database from a backup.")
                            .arg(last.seq)};
    }
    return previous;
}

Status AuditLog::store(AuditRecord& entry, const AuditRecord& previous)
{
    entry.computerId = m_signer->computerId();
    const QByteArray hash = AuditFormat::entryHash(entry, QByteArray::fromHex(previous.hash.toLatin1()));
    entry.hash = QString::fromLatin1(hash.toHex());
    entry.signature =
        QString::fromLatin1(m_signer->sign(AuditFormat::entryMessage(m_database.databaseId(), hash)).toBase64());
    AuditStore rows(m_database);
    if (auto done = rows.insert(entry); !done) {
        return done;
    }
    const QString headSig = QString::fromLatin1(
        m_signer->sign(AuditFormat::headMessage(m_database.databaseId(), entry.seq, entry.hash)).toBase64());
    const QString newHead =
        QStringList {QString::number(entry.seq), entry.hash, headSignature(entry.seq, entry.hash, m_secrets.auditKey()),
                     QString::number(entry.computerId), headSig}
            .join(QLatin1Char(':'));
    if (auto done = m_database.setMeta(kHeadMeta, newHead); !done) {
        return done;
    }
    auto stored = m_database.meta(kFrontierMeta);
    if (!stored) {
        return stored.refusal();
    }
    MerkleFrontier frontier = MerkleFrontier::fromText(stored.value().toLatin1());
    if (!frontier.isValid() || frontier.size() != entry.seq - 1) {
        // Rebuilt from the stored hashes when it is missing or does not match the log.
        frontier = MerkleFrontier();
        auto hashes = rows.hashesAfter(0);
        if (!hashes) {
            return hashes.refusal();
        }
        for (qsizetype i = 0; i + 1 < hashes.value().size(); ++i) {
            frontier.append(MerkleTree::leafHash(hashes.value().at(i)));
        }
    }
    frontier.append(MerkleTree::leafHash(hash));
    if (auto done = m_database.setMeta(kFrontierMeta, QString::fromLatin1(frontier.toText())); !done) {
        return done;
    }
    if (entry.seq % kCheckpointEvery == 0) {
        AuditCheckpoint checkpoint {
            entry.seq, QString::fromLatin1(frontier.root().toHex()), entry.at, entry.computerId, {}};
        checkpoint.signature = QString::fromLatin1(
            m_signer->sign(AuditFormat::checkpointMessage(m_database.databaseId(), checkpoint)).toBase64());
        if (auto done = rows.insertCheckpoint(checkpoint); !done) {
            return done;
        }
    }
    return {};
}

Status AuditLog::startSigning()
{
    auto signedFrom = m_database.meta(kSignedFromMeta);
    if (!signedFrom) {
        return signedFrom.refusal();
    }
    if (!signedFrom.value().isEmpty()) {
        return {};
    }
    if (!m_signer) {
        return Refusal {Refusal::Kind::Storage,
                        tr("This computer has no signing key for this database, so it cannot write the audit log.")};
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    auto previous = lockNewest();
    if (!previous) {
        return previous.refusal();
    }
    // Another console may have started while this one waited for the lock.
    signedFrom = m_database.meta(kSignedFromMeta);
    if (!signedFrom || !signedFrom.value().isEmpty()) {
        return signedFrom ? Status {} : Status {signedFrom.refusal()};
    }
    const AuditRecord& last = previous.value();
    AuditStore rows(m_database);
    if (last.seq == 0) {
        if (auto done = m_database.setMeta(kSignedFromMeta, QStringLiteral("1")); !done) {
            return done;
        }
        return tx.commit();
    }
    // The HMAC chain is checked one last time: its verdict goes into the entry that closes it.
    auto hmac = checkHmacPart();
    if (!hmac) {
        return hmac.refusal();
    }
    QList<std::pair<qint64, QString>> hashes;
    MerkleFrontier frontier;
    QByteArray previousHash;
    if (auto read = rows.forEach(0,
                                 [&](const AuditRecord& record) {
                                     previousHash = AuditFormat::entryHash(record, previousHash);
                                     hashes.append({record.seq, QString::fromLatin1(previousHash.toHex())});
                                     frontier.append(MerkleTree::leafHash(previousHash));
                                     return true;
                                 });
        !read) {
        return read;
    }
    if (auto done = rows.setHashes(hashes); !done) {
        return done;
    }
    if (auto done = m_database.setMeta(kFrontierMeta, QString::fromLatin1(frontier.toText())); !done) {
        return done;
    }
    AuditRecord closing;
    closing.seq = last.seq + 1;
    closing.at = timestamp(QDateTime::currentDateTimeUtc());
    closing.actor = QStringLiteral("system");
    closing.action = QStringLiteral("audit.signing_started");
    closing.target = QStringLiteral("audit log");
    QJsonObject after {{QStringLiteral("hmacEntries"), last.seq},
                       {QStringLiteral("hmacIntact"), hmac.value().first == 0},
                       {QStringLiteral("root"), QString::fromLatin1(frontier.root().toHex())},
                       {QStringLiteral("id"), m_signer->computerId()},
                       {QStringLiteral("signingKey"), m_signer->signingKeyText()}};
    if (hmac.value().first != 0) {
        after.insert(QStringLiteral("hmacBrokenAt"), hmac.value().first);
        after.insert(QStringLiteral("hmacProblem"), hmac.value().second);
    }
    closing.after = compactJson(after);
    closing.mac = macFor(closing, last.mac, m_secrets.auditKey());
    AuditRecord previousWithHash = last;
    previousWithHash.hash = QString::fromLatin1(previousHash.toHex());
    if (auto done = store(closing, previousWithHash); !done) {
        return done;
    }
    if (auto done = m_database.setMeta(kSignedFromMeta, QString::number(closing.seq)); !done) {
        return done;
    }
    logger("core.audit")->info("audit log moved to signed entries after {} HMAC-chained entries", last.seq);
    return tx.commit();
}

Status AuditLog::append(const QString& actor, const QString& accountCode, const QString& action, const QString& target,
                        const QJsonObject& before, const QJsonObject& after)
{
    if (!m_signer) {
        return Refusal {Refusal::Kind::Storage,
                        tr("This computer has no signing key for this database, so it cannot write the audit log.")};
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    if (auto started = startSigning(); !started) {
        return started;
    }
    auto previous = lockNewest();
    if (!previous) {
        return previous.refusal();
    }
    AuditRecord entry;
    entry.seq = previous.value().seq + 1;
    entry.at = timestamp(QDateTime::currentDateTimeUtc());
    entry.actor = actor;
    entry.accountCode = accountCode;
    entry.action = action;
    entry.target = target;
    entry.before = compactJson(before);
    entry.after = compactJson(after);
    if (auto done = store(entry, previous.value()); !done) {
        return done;
    }
    logger("core.audit")->info("{} by {} on {}", action.toStdString(), actor.toStdString(), target.toStdString());
    // Every view of the log hears of the new entry once the change it belongs to has committed.
    m_database.afterCommit(QStringLiteral("audit"), [this] { Q_EMIT m_notifier.auditAppended(); });
    return tx.commit();
}

Result<AuditCheckpoint> AuditLog::checkpoint()
{
    if (!m_signer) {
        return Refusal {Refusal::Kind::Storage,
                        tr("This computer has no signing key for this database, so it cannot sign a checkpoint.")};
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    if (auto started = startSigning(); !started) {
        return started.refusal();
    }
    auto previous = lockNewest();
    if (!previous) {
        return previous.refusal();
    }
    AuditStore rows(m_database);
    auto newest = rows.newestCheckpoint();
    if (!newest) {
        return newest.refusal();
    }
    if (newest.value() && newest.value()->size == previous.value().seq) {
        return *newest.value();
    }
    auto stored = m_database.meta(kFrontierMeta);
    if (!stored) {
        return stored.refusal();
    }
    MerkleFrontier frontier = MerkleFrontier::fromText(stored.value().toLatin1());
    if (!frontier.isValid() || frontier.size() != previous.value().seq) {
        return Refusal {Refusal::Kind::Storage,
                        tr("The audit log's Merkle tree record does not match its entries. Run \"wardenctl audit "
                           "verify\".")};
    }
    AuditCheckpoint checkpoint {frontier.size(),
                                QString::fromLatin1(frontier.root().toHex()),
                                timestamp(QDateTime::currentDateTimeUtc()),
                                m_signer->computerId(),
                                {}};
    checkpoint.signature = QString::fromLatin1(
        m_signer->sign(AuditFormat::checkpointMessage(m_database.databaseId(), checkpoint)).toBase64());
    if (auto done = rows.insertCheckpoint(checkpoint); !done) {
        return done.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    logger("core.audit")->info("audit checkpoint of {} entries", checkpoint.size);
    return checkpoint;
}

Result<QList<AuditEntry>> AuditLog::list(const Actor& viewer, const AuditFilter& filter) const
{
    QString sql = kSelect + QStringLiteral(" WHERE seq > ?");
    QVariantList values {filter.newestFirst ? 0 : filter.afterSeq};
    if (!viewer.isSystem) {
        auto accounts = AccountStore(m_database).accounts();
        if (!accounts) {
            return accounts.refusal();
        }
        QStringList placeholders;
        for (const Account& account : accounts.value()) {
            if (m_authorizer.check(viewer, Action::ViewAuditLog, account.id)) {
                placeholders.append(QStringLiteral("?"));
                values.append(account.code);
            }
        }
        if (placeholders.isEmpty()) {
            return m_authorizer.checkInAnyAccount(viewer, Action::ViewAuditLog).refusal();
        }
        sql += QStringLiteral(" AND account_code IN (%1)").arg(placeholders.join(QLatin1Char(',')));
    }
    if (filter.newestFirst && filter.beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        values.append(filter.beforeSeq);
    }
    const auto pattern = [](const QString& text) {
        QString escaped = text.toLower();
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        return QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
    };
    auto like = [&](const QString& column, const QString& text) {
        if (!text.isEmpty()) {
            sql += QStringLiteral(" AND lower(%1) LIKE ? ESCAPE '\\'").arg(column);
            values.append(pattern(text));
        }
    };
    if (!filter.affected.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (lower(target) LIKE ? ESCAPE '\\' OR lower(coalesce(before_json, '')) LIKE ? "
                              "ESCAPE '\\' OR lower(coalesce(after_json, '')) LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 3; ++i) {
            values.append(pattern(filter.affected.trimmed()));
        }
    }
    like(QStringLiteral("actor"), filter.actor);
    like(QStringLiteral("action"), filter.action);
    like(QStringLiteral("target"), filter.target);
    like(QStringLiteral("account_code"), filter.accountCode);
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values.append(filter.from.toUTC().toString(kTimeFormat));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        values.append(filter.to.toUTC().toString(kTimeFormat));
    }
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto done = execPrepared(query, sql, values, "reading the audit log"); !done) {
        return done.refusal();
    }
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append(entryFrom(query));
    }
    return entries;
}

Result<std::pair<qint64, QString>> AuditLog::checkHmacPart() const
{
    // The keys are read before the log itself: PostgreSQL keeps one result set per connection.
    auto keys = DatabaseKeyStore(m_database).keys();
    if (!keys) {
        return keys.refusal();
    }
    // Which key MAC'd which entries: each key from its first entry on (newest first).
    QList<std::pair<qint64, QByteArray>> keyFrom;
    for (const DatabaseKeyRecord& record : keys.value()) {
        auto key = m_secrets.auditKeyOf(record.keyId);
        if (!key) {
            return key.refusal();
        }
        keyFrom.append({record.firstSeq, key.value()});
    }
    const auto keyFor = [&keyFrom, this](qint64 seq) {
        for (const auto& [firstSeq, key] : keyFrom) {
            if (seq >= firstSeq) {
                return key;
            }
        }
        return m_secrets.auditKey();
    };
    std::pair<qint64, QString> broken {0, QString()};
    QString previousMac;
    qint64 expectedSeq = 1;
    auto read = AuditStore(m_database).forEach(0, [&](const AuditRecord& entry) {
        if (entry.computerId != 0 && entry.mac.isEmpty()) {
            return false; // the signed part
        }
        if (entry.seq != expectedSeq) {
            broken = {expectedSeq, tr("Entry %1 is missing (the next entry is %2).").arg(expectedSeq).arg(entry.seq)};
            return false;
        }
        if (macFor(entry, previousMac, keyFor(entry.seq)) != entry.mac) {
            broken = {entry.seq,
                      tr("Entry %1 was changed, or entries were reordered, after it was written.").arg(entry.seq)};
            return false;
        }
        previousMac = entry.mac;
        ++expectedSeq;
        return entry.computerId == 0; // the entry that closes the chain ends it
    });
    if (!read) {
        return read.refusal();
    }
    return broken;
}

AuditWitness AuditLog::witness() const
{
    return AuditWitness(m_keychain, m_database.databaseId());
}

Result<AuditVerification> AuditLog::verify() const
{
    auto report = AuditInspector(m_database).verify(witness());
    if (!report) {
        return report;
    }
    AuditVerification& r = report.value();
    if (r.intact && r.hmacEntries > 0) {
        auto hmac = checkHmacPart();
        if (!hmac) {
            return hmac.refusal();
        }
        r.hmacChecked = true;
        if (hmac.value().first != 0) {
            r.intact = false;
            r.firstBrokenSeq = hmac.value().first;
            r.reason = QStringLiteral("hash");
            r.problem = hmac.value().second;
        }
    }
    return report;
}

Result<qint64> AuditLog::nextSeq() const
{
    auto last = AuditStore(m_database).newest();
    if (!last) {
        return last.refusal();
    }
    return last.value().seq + 1;
}

Result<QString> AuditLog::checkAgainstRemembered() const
{
    return witness().check(m_database);
}

Status AuditLog::rememberNewest() const
{
    auto problem = witness().check(m_database);
    if (!problem) {
        return problem.refusal();
    }
    return {};
}

Status AuditLog::exportCsv(const Actor& viewer, const AuditFilter& filter, QIODevice& out) const
{
    auto entries = list(viewer, filter);
    if (!entries) {
        return entries.refusal();
    }
    QByteArray data = "seq,time_utc,actor,account,action,target,before,after\r\n";
    for (const AuditEntry& entry : entries.value()) {
        const QStringList fields = {QString::number(entry.seq),  entry.at.toString(kTimeFormat), csvField(entry.actor),
                                    csvField(entry.accountCode), csvField(entry.action),         csvField(entry.target),
                                    csvField(entry.before),      csvField(entry.after)};
        data += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (out.write(data) != data.size()) {
        return Refusal {Refusal::Kind::Storage, tr("Could not write the export: %1").arg(out.errorString())};
    }
    return {};
}

} // namespace warden
