#include "AuditWitness.h"

#include "../security/DatabaseSecrets.h"
#include "../storage/AuditStore.h"
#include "../storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace warden {

AuditWitness::AuditWitness(Keychain keychain, QString databaseId)
    : m_keychain(std::move(keychain))
    , m_databaseId(std::move(databaseId))
{ }

QString AuditWitness::entry(const char* name) const
{
    return DatabaseSecrets::keychainKey(m_databaseId, QString::fromLatin1(name));
}

Result<std::optional<AuditWitness::Seen>> AuditWitness::seen() const
{
    auto stored = m_keychain.read(entry("audit-witness"));
    if (!stored) {
        if (stored.refusal().kind == Refusal::Kind::NotFound) {
            return std::optional<Seen>();
        }
        return stored.refusal();
    }
    const QJsonObject json = QJsonDocument::fromJson(stored.value()).object();
    Seen seen {MerkleFrontier::fromText(json.value(QStringLiteral("frontier")).toString().toLatin1()),
               QByteArray::fromHex(json.value(QStringLiteral("hash")).toString().toLatin1())};
    if (!seen.frontier.isValid()) {
        return Refusal {Refusal::Kind::Keychain, tr("The keychain entry %1 is damaged.").arg(entry("audit-witness"))};
    }
    return std::optional(seen);
}

Status AuditWitness::remember(const Seen& seen) const
{
    auto before = this->seen();
    if (before && before.value() && before.value()->size() >= seen.size()) {
        return {};
    }
    const QJsonObject json {{QStringLiteral("size"), seen.size()},
                            {QStringLiteral("root"), QString::fromLatin1(seen.frontier.root().toHex())},
                            {QStringLiteral("frontier"), QString::fromLatin1(seen.frontier.toText())},
                            {QStringLiteral("hash"), QString::fromLatin1(seen.lastHash.toHex())}};
    return m_keychain.write(entry("audit-witness"), QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<std::optional<AuditWitness::Checked>> AuditWitness::checked() const
{
    auto stored = m_keychain.read(entry("audit-checked"));
    if (!stored) {
        if (stored.refusal().kind == Refusal::Kind::NotFound) {
            return std::optional<Checked>();
        }
        return stored.refusal();
    }
    const QJsonObject json = QJsonDocument::fromJson(stored.value()).object();
    return std::optional(Checked {json.value(QStringLiteral("size")).toInteger(),
                                  QByteArray::fromHex(json.value(QStringLiteral("root")).toString().toLatin1())});
}

Status AuditWitness::rememberChecked(const Checked& checked) const
{
    const QJsonObject json {{QStringLiteral("size"), checked.size},
                            {QStringLiteral("root"), QString::fromLatin1(checked.root.toHex())}};
    return m_keychain.write(entry("audit-checked"), QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<QString> AuditWitness::check(Database& database) const
{
    AuditStore store(database);
    auto seen = this->seen();
    if (!seen) {
        return seen.refusal();
    }
    Seen now = seen.value().value_or(Seen {});
    auto newest = store.newest();
    if (!newest) {
        return newest.refusal();
    }
    if (newest.value().seq > 0 && newest.value().hash.isEmpty()) {
        return QString(); // written before entries were signed: nothing to hold it to until it is moved
    }
    if (newest.value().seq < now.size()) {
        return tr("This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries "
                  "were removed, or an older copy of the database was put back.")
            .arg(now.size())
            .arg(newest.value().seq);
    }
    if (now.size() > 0) {
        auto last = store.record(now.size());
        if (!last) {
            return last.refusal();
        }
        if (!last.value() || last.value()->hash.toLatin1() != now.lastHash.toHex()) {
            return tr("Entry %1 of this audit log is not the one this computer saw: the log was rewritten.")
                .arg(now.size());
        }
    }
    auto checkpoints = store.checkpoints();
    if (!checkpoints) {
        return checkpoints.refusal();
    }
    QHash<qint64, QString> roots;
    for (const AuditCheckpoint& checkpoint : checkpoints.value()) {
        roots.insert(checkpoint.size, checkpoint.root);
    }
    const auto disagrees = [&roots](const MerkleFrontier& frontier) {
        const auto root = roots.constFind(frontier.size());
        return root != roots.constEnd() && root->toLatin1() != frontier.root().toHex();
    };
    if (disagrees(now.frontier)) {
        return tr("The audit checkpoint of %1 entries is not the tree this computer saw: the log was rewritten.")
            .arg(now.size());
    }
    auto added = store.hashesAfter(now.size());
    if (!added) {
        return added.refusal();
    }
    for (const QByteArray& hash : added.value()) {
        now.frontier.append(MerkleTree::leafHash(hash));
        now.lastHash = hash;
        if (disagrees(now.frontier)) {
            return tr("The audit checkpoint of %1 entries does not extend the log this computer saw: it is from "
                      "another history.")
                .arg(now.size());
        }
    }
    if (now.size() > 0) {
        if (auto kept = remember(now); !kept) {
            return kept.refusal();
        }
    }
    return QString();
}

} // namespace warden
