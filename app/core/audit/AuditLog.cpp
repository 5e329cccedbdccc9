#include "AuditLog.h"

#include "../ChangeNotifier.h"
#include "../Logging.h"
#include "../authorization/Authorizer.h"
#include "../security/DatabaseSecrets.h"
#include "../storage/AccountStore.h"
#include "../storage/Database.h"
#include "../storage/DatabaseKeyStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

namespace warden {

namespace {

const QString kHeadMeta = QStringLiteral("audit_head");
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

QString AuditLog::macFor(const AuditEntry& entry, const QString& previousMac, const QByteArray& key)
{
    const QChar sep(0x1F);
    const QString canonical = QString::number(entry.seq) + sep + entry.at.toUTC().toString(kTimeFormat) + sep
        + entry.actor + sep + entry.accountCode + sep + entry.action + sep + entry.target + sep + entry.before + sep
        + entry.after + sep + previousMac;
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

Status AuditLog::append(const QString& actor, const QString& accountCode, const QString& action, const QString& target,
                        const QJsonObject& before, const QJsonObject& after)
{
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
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
        return current;
    }
    auto previous = newest();
    if (!previous) {
        return previous.refusal();
    }
    const auto& [previousSeq, previousMac] = previous.value();
    // A log whose newest entry is not the one the signed head record names lost entries (or had
    // them rewritten); writing on would give the next entry a removed entry's number and hide it.
    auto head = m_database.meta(kHeadMeta);
    if (!head) {
        return head.refusal();
    }
    const QStringList parts = head.value().split(QLatin1Char(':'));
    // The head was signed with the key of the entry it names (a rotation starts a new key).
    auto headKey = keyOfEntry(parts.value(0).toLongLong());
    if (!headKey) {
        return headKey.refusal();
    }
    const bool headMatches = head.value().isEmpty()
        ? previousSeq == 0
        : parts.size() == 3 && headSignature(parts.at(0).toLongLong(), parts.at(1), headKey.value()) == parts.at(2)
            && parts.at(0).toLongLong() == previousSeq && parts.at(1) == previousMac;
    if (!headMatches) {
        logger("core.audit")->error("audit log and head record disagree; refusing to append");
        return Refusal {Refusal::Kind::Storage,
                        tr("The audit log does not end where its head record says (the newest entry is %1): entries "
                           "were removed or changed. Nothing was written. Run \"wardenctl audit verify\" and "
                           "restore the database from a backup.")
                            .arg(previousSeq)};
    }
    AuditEntry entry;
    entry.seq = previousSeq + 1;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actor = actor;
    entry.accountCode = accountCode;
    entry.action = action;
    entry.target = target;
    entry.before = compactJson(before);
    entry.after = compactJson(after);
    entry.mac = macFor(entry, previousMac, m_secrets.auditKey());

    QSqlQuery insert(m_database.connection());
    if (auto done = execPrepared(insert,
                                 QStringLiteral("INSERT INTO audit_log (seq, at, actor, account_code, action, target, "
                                                "before_json, after_json, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {entry.seq, entry.at.toString(kTimeFormat), entry.actor, entry.accountCode,
                                  entry.action, entry.target, entry.before, entry.after, entry.mac},
                                 "writing the audit log");
        !done) {
        return done;
    }
    const QString newHead = QStringLiteral("%1:%2:%3")
                                .arg(entry.seq)
                                .arg(entry.mac, headSignature(entry.seq, entry.mac, m_secrets.auditKey()));
    if (auto done = m_database.setMeta(kHeadMeta, newHead); !done) {
        return done;
    }
    logger("core.audit")->info("{} by {} on {}", action.toStdString(), actor.toStdString(), target.toStdString());
    // Every view of the log hears of the new entry once the change it belongs to has committed.
    m_database.afterCommit(QStringLiteral("audit"), [this] { Q_EMIT m_notifier.auditAppended(); });
    return tx.commit();
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

Result<AuditVerification> AuditLog::verify() const
{
    // The keys are read before the log itself: PostgreSQL keeps one result set per connection.
    auto keys = DatabaseKeyStore(m_database).keys();
    if (!keys) {
        return keys.refusal();
    }
    // Which key signed which entries: each key from its first entry on (newest first).
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
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY seq"))) {
        return storageRefusal(query.lastError(), "reading the audit log");
    }
    AuditVerification report;
    QString previousMac;
    qint64 expectedSeq = 1;
    auto broken = [&report](qint64 seq, QString problem) {
        report.intact = false;
        report.firstBrokenSeq = seq;
        report.problem = std::move(problem);
        return report;
    };
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        ++report.entriesChecked;
        if (entry.seq != expectedSeq) {
            return broken(expectedSeq,
                          tr("Entry %1 is missing (the next entry is %2).").arg(expectedSeq).arg(entry.seq));
        }
        if (macFor(entry, previousMac, keyFor(entry.seq)) != entry.mac) {
            return broken(entry.seq,
                          tr("Entry %1 was changed, or entries were reordered, after it was written.").arg(entry.seq));
        }
        previousMac = entry.mac;
        ++expectedSeq;
    }
    auto head = m_database.meta(kHeadMeta);
    if (!head) {
        return head.refusal();
    }
    const qint64 lastSeq = expectedSeq - 1;
    if (head.value().isEmpty()) {
        if (lastSeq != 0) {
            return broken(lastSeq, tr("The audit log's head record is missing."));
        }
        return report;
    }
    const QStringList parts = head.value().split(QLatin1Char(':'));
    if (parts.size() != 3
        || headSignature(parts.at(0).toLongLong(), parts.at(1), keyFor(parts.at(0).toLongLong())) != parts.at(2)) {
        return broken(lastSeq, tr("The audit log's head record was altered."));
    }
    if (parts.at(0).toLongLong() != lastSeq || parts.at(1) != previousMac) {
        return broken(lastSeq + 1,
                      tr("The newest entries, from entry %1 to %2, were removed.")
                          .arg(lastSeq + 1)
                          .arg(parts.at(0).toLongLong()));
    }
    auto remembered = rememberedProblem(lastSeq);
    if (!remembered) {
        return remembered.refusal();
    }
    if (!remembered.value().isEmpty()) {
        return broken(lastSeq + 1, remembered.value());
    }
    if (auto raised = rememberNewest(); !raised) {
        return raised.refusal();
    }
    return report;
}

QString AuditLog::rememberedKey() const
{
    return DatabaseSecrets::keychainKey(m_database.databaseId(), QStringLiteral("audit-seen"));
}

Result<qint64> AuditLog::nextSeq() const
{
    auto last = newest();
    if (!last) {
        return last.refusal();
    }
    return last.value().first + 1;
}

Result<std::pair<qint64, QString>> AuditLog::newest() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        return storageRefusal(query.lastError(), "reading the audit log");
    }
    if (!query.next()) {
        return std::pair<qint64, QString> {0, QString()};
    }
    return std::pair<qint64, QString> {query.value(0).toLongLong(), query.value(1).toString()};
}

Result<QString> AuditLog::rememberedProblem(qint64 newestSeq) const
{
    auto stored = m_keychain.read(rememberedKey());
    if (!stored) {
        if (stored.refusal().kind != Refusal::Kind::NotFound) {
            return stored.refusal();
        }
        m_seenSeq = 0;
        return QString();
    }
    const QList<QByteArray> parts = stored.value().split(':');
    const qint64 seenSeq = parts.value(0).toLongLong();
    m_seenSeq = seenSeq;
    if (seenSeq > newestSeq) {
        return tr("This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries "
                  "were removed, or an older copy of the database was put back.")
            .arg(seenSeq)
            .arg(newestSeq);
    }
    if (seenSeq > 0 && parts.size() == 2) {
        QSqlQuery query(m_database.connection());
        if (auto done = execPrepared(query, QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?"), {seenSeq},
                                     "reading the audit log");
            !done) {
            return done.refusal();
        }
        if (query.next() && query.value(0).toString().toLatin1() != parts.at(1)) {
            return tr("Entry %1 of this audit log is not the one this computer saw: the log was rewritten.")
                .arg(seenSeq);
        }
    }
    return QString();
}

Result<QString> AuditLog::checkAgainstRemembered() const
{
    auto last = newest();
    if (!last) {
        return last.refusal();
    }
    auto problem = rememberedProblem(last.value().first);
    if (!problem || !problem.value().isEmpty()) {
        return problem;
    }
    if (auto raised = rememberNewest(); !raised) {
        return raised.refusal();
    }
    return QString();
}

Status AuditLog::rememberNewest() const
{
    auto last = newest();
    if (!last) {
        return last.refusal();
    }
    if (last.value().first == 0) {
        return {};
    }
    if (!m_seenSeq) {
        auto stored = m_keychain.read(rememberedKey());
        if (!stored && stored.refusal().kind != Refusal::Kind::NotFound) {
            return stored.refusal();
        }
        m_seenSeq = stored ? stored.value().split(':').value(0).toLongLong() : 0;
    }
    // Only ever raised: a shorter log must not lower what this computer has seen.
    if (*m_seenSeq >= last.value().first) {
        return {};
    }
    if (auto written = m_keychain.write(rememberedKey(),
                                        QByteArray::number(last.value().first) + ':' + last.value().second.toLatin1());
        !written) {
        return written;
    }
    m_seenSeq = last.value().first;
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
