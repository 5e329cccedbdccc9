#include "AuditVerifier.h"

#include "../security/ComputerIdentity.h"
#include "AuditFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <thread>
#include <utility>
#include <vector>

namespace warden {

namespace {

/// Entries are checked this many at a time, spread over the cores.
constexpr qsizetype kBatch = 4096;

/// Entries in which a computer registers its own signing key.
bool selfRegisters(const QString& action)
{
    return action == QLatin1String("computer.registered") || action == QLatin1String("computer.signing_key")
        || action == QLatin1String("key.restored") || action == QLatin1String("audit.signing_started");
}

QString hex(const QByteArray& raw)
{
    return QString::fromLatin1(raw.toHex());
}

} // namespace

AuditVerifier::AuditVerifier(QString databaseId)
    : m_databaseId(std::move(databaseId))
{ }

void AuditVerifier::setCheckpoints(const QList<AuditCheckpoint>& checkpoints)
{
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        m_checkpoints.insert(checkpoint.size, checkpoint);
        m_newestCheckpoint = std::max(m_newestCheckpoint, checkpoint.size);
    }
}

void AuditVerifier::setRemembered(qint64 size, const QByteArray& root)
{
    m_remembered = std::pair {size, root};
}

void AuditVerifier::setAlreadyChecked(qint64 size, const QByteArray& root)
{
    m_alreadyChecked = std::pair {size, root};
}

void AuditVerifier::setHead(const AuditHead& head)
{
    m_head = head;
}

bool AuditVerifier::broken(qint64 seq, const QString& reason, const QString& problem)
{
    m_report.intact = false;
    m_report.firstBrokenSeq = seq;
    m_report.reason = reason;
    m_report.problem = problem;
    m_pending.clear();
    return false;
}

bool AuditVerifier::add(const AuditRecord& record)
{
    if (!m_report.intact) {
        return false;
    }
    const qint64 expected = m_report.entriesChecked + 1;
    if (record.seq != expected) {
        if (!flush()) {
            return false;
        }
        return broken(expected, QStringLiteral("missing"),
                      record.seq > expected
                          ? tr("Entry %1 is missing (the next entry is %2).").arg(expected).arg(record.seq)
                          : tr("Entry %1 appears twice or out of order.").arg(record.seq));
    }
    ++m_report.entriesChecked;
    // Each entry's hash is checked against the stored hash of the one before it: when every entry
    // checks out so, the chain does, and the entries can be checked side by side.
    PendingEntry pending {record, m_previousStoredHash, {}};
    m_previousStoredHash = QByteArray::fromHex(record.hash.toLatin1());
    if (record.computerId == 0) {
        if (m_signedSeen) {
            if (!flush()) {
                return false;
            }
            return broken(record.seq, QStringLiteral("signature"),
                          tr("Entry %1 carries no signature, but entries are signed from entry %2 on.")
                              .arg(record.seq)
                              .arg(m_report.hmacEntries + 1));
        }
        ++m_report.hmacEntries;
    } else {
        m_signedSeen = true;
        const bool mentionsKeys = record.after.contains(QLatin1String("\"signingKey\""))
            || record.action == QLatin1String("computer.revoked");
        const QJsonObject after =
            mentionsKeys ? QJsonDocument::fromJson(record.after.toUtf8()).object() : QJsonObject();
        // A computer may register its own key (the log's first, one that held the key before entries
        // were signed, one restored from a recovery kit); it then signs that entry with it.
        if (!m_keys.contains(record.computerId) && selfRegisters(record.action)
            && after.value(QStringLiteral("id")).toInteger() == record.computerId) {
            const QByteArray key = fromBase64(after.value(QStringLiteral("signingKey")).toString());
            if (!key.isEmpty()) {
                m_keys.insert(record.computerId,
                              RegisteredComputer {record.computerId, after.value(QStringLiteral("name")).toString(),
                                                  key, record.seq, 0});
                m_report.selfRegistered.append(record.computerId);
            }
        }
        const auto key = m_keys.constFind(record.computerId);
        if (key == m_keys.constEnd()) {
            if (!flush()) {
                return false;
            }
            return broken(record.seq, QStringLiteral("unknown-computer"),
                          tr("Entry %1 says computer %2 wrote it, but no entry before it registered that computer's "
                             "signing key.")
                              .arg(record.seq)
                              .arg(record.computerId));
        }
        if (key->revokedAt != 0 && key->revokedAt < record.seq) {
            if (!flush()) {
                return false;
            }
            return broken(record.seq, QStringLiteral("revoked-computer"),
                          tr("Entry %1 is signed by computer %2, which entry %3 revoked.")
                              .arg(record.seq)
                              .arg(record.computerId)
                              .arg(key->revokedAt));
        }
        if (m_alreadyChecked && record.seq <= m_alreadyChecked->first) {
            ++m_report.signaturesAlreadyChecked;
        } else if (!m_skipSignatures) {
            pending.key = key->key;
        }
        if (mentionsKeys && !noteRegistrations(record, after)) {
            return false;
        }
    }
    m_pending.append(std::move(pending));
    return m_pending.size() < kBatch || flush();
}

bool AuditVerifier::flush()
{
    if (m_pending.isEmpty() || !m_report.intact) {
        return m_report.intact;
    }
    const std::size_t count = static_cast<std::size_t>(m_pending.size());
    std::vector<CheckedEntry> checked(count);
    const auto checkRange = [this, &checked](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const PendingEntry& p = m_pending.at(static_cast<qsizetype>(i));
            CheckedEntry& c = checked[i];
            c.hash = AuditFormat::entryHash(p.record, p.previousHash);
            c.hashMatches = p.record.hash == hex(c.hash);
            c.signatureValid = p.key.isEmpty()
                || ComputerIdentity::verifySignature(p.key, AuditFormat::entryMessage(m_databaseId, c.hash),
                                                     fromBase64(p.record.signature));
        }
    };
    const std::size_t threads = count < 64 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 16);
    std::vector<std::thread> workers;
    const std::size_t chunk = (count + threads - 1) / threads;
    for (std::size_t t = 1; t < threads; ++t) {
        workers.emplace_back(checkRange, std::min(count, t * chunk), std::min(count, (t + 1) * chunk));
    }
    checkRange(0, std::min(count, chunk));
    for (std::thread& worker : workers) {
        worker.join();
    }
    // In order: the first entry that does not check out is the one named.
    const QList<PendingEntry> pending = std::exchange(m_pending, {});
    for (std::size_t i = 0; i < count; ++i) {
        const AuditRecord& record = pending.at(static_cast<qsizetype>(i)).record;
        const CheckedEntry& c = checked[i];
        if (!c.hashMatches) {
            return broken(record.seq, QStringLiteral("hash"),
                          record.hash.isEmpty()
                              ? tr("Entry %1 has no hash: this log was not yet moved to signed entries. Open it once "
                                   "in Warden on a computer that holds its key.")
                                    .arg(record.seq)
                              : tr("Entry %1 was changed, or entries were reordered, after it was written: its hash "
                                   "does not match.")
                                    .arg(record.seq));
        }
        if (!c.signatureValid) {
            return broken(record.seq, QStringLiteral("signature"),
                          tr("Entry %1 does not carry a valid signature of computer %2, which it says wrote it: it "
                             "was written or changed by someone else.")
                              .arg(record.seq)
                              .arg(record.computerId));
        }
        if (!pending.at(static_cast<qsizetype>(i)).key.isEmpty()) {
            ++m_report.signaturesChecked;
        }
        if (!grow(record.seq, c.hash)) {
            return false;
        }
    }
    return true;
}

bool AuditVerifier::grow(qint64 seq, const QByteArray& hash)
{
    m_previousHash = hash;
    const QByteArray leaf = MerkleTree::leafHash(hash);
    m_frontier.append(leaf);
    if (m_keepLeaves) {
        m_leaves.append(leaf);
    }
    if (const auto checkpoint = m_checkpoints.constFind(seq); checkpoint != m_checkpoints.constEnd()) {
        if (!checkCheckpoint(*checkpoint)) {
            return false;
        }
    }
    if (m_remembered && seq == m_remembered->first && m_frontier.root() != m_remembered->second) {
        return broken(seq, QStringLiteral("witness"),
                      tr("The log's first %1 entries are not the ones this computer saw: the history was "
                         "rewritten, or this is a copy that forked from it.")
                          .arg(seq));
    }
    if (m_alreadyChecked && seq == m_alreadyChecked->first && m_frontier.root() != m_alreadyChecked->second) {
        return broken(seq, QStringLiteral("witness"),
                      tr("The log's first %1 entries are not the ones this computer checked before: the history "
                         "was rewritten.")
                          .arg(seq));
    }
    return true;
}

bool AuditVerifier::noteRegistrations(const AuditRecord& record, const QJsonObject& after)
{
    const qint64 id = after.value(QStringLiteral("id")).toInteger();
    if (id == 0) {
        return true;
    }
    if (record.action == QLatin1String("computer.revoked")) {
        if (auto key = m_keys.find(id); key != m_keys.end() && key->revokedAt == 0) {
            key->revokedAt = record.seq;
        }
        return true;
    }
    const QByteArray key = fromBase64(after.value(QStringLiteral("signingKey")).toString());
    if (key.isEmpty()) {
        return true;
    }
    const auto known = m_keys.constFind(id);
    if (known == m_keys.constEnd()) {
        // Another computer's key is registered only by an approval, signed by the approver.
        if (record.action == QLatin1String("computer.approved")) {
            m_keys.insert(id,
                          RegisteredComputer {id, after.value(QStringLiteral("name")).toString(), key, record.seq, 0});
        }
        return true;
    }
    if (known->key != key) {
        if (!flush()) {
            return false;
        }
        return broken(record.seq, QStringLiteral("signature"),
                      tr("Entry %1 gives computer %2 a second signing key.").arg(record.seq).arg(id));
    }
    return true;
}

QByteArray AuditVerifier::fromBase64(const QString& text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // Only the canonical spelling: a changed padding or trailing bit decodes alike but is not it.
    if (!decoded || decoded.decoded.toBase64() != text.toLatin1()) {
        return {};
    }
    return decoded.decoded;
}

QList<RegisteredComputer> AuditVerifier::computers() const
{
    QList<RegisteredComputer> computers = m_keys.values();
    std::sort(computers.begin(), computers.end(),
              [](const RegisteredComputer& a, const RegisteredComputer& b) { return a.id < b.id; });
    return computers;
}

bool AuditVerifier::checkCheckpoint(const AuditCheckpoint& checkpoint)
{
    ++m_report.checkpointsChecked;
    const auto key = m_keys.constFind(checkpoint.computerId);
    if (key == m_keys.constEnd()) {
        return broken(checkpoint.size, QStringLiteral("unknown-computer"),
                      tr("The checkpoint of %1 entries is signed by computer %2, which the log never registered.")
                          .arg(checkpoint.size)
                          .arg(checkpoint.computerId));
    }
    if (key->revokedAt != 0 && key->revokedAt < checkpoint.size) {
        return broken(checkpoint.size, QStringLiteral("revoked-computer"),
                      tr("The checkpoint of %1 entries is signed by computer %2, which entry %3 revoked.")
                          .arg(checkpoint.size)
                          .arg(checkpoint.computerId)
                          .arg(key->revokedAt));
    }
    if (!m_skipSignatures
        && !ComputerIdentity::verifySignature(key->key, AuditFormat::checkpointMessage(m_databaseId, checkpoint),
                                              fromBase64(checkpoint.signature))) {
        return broken(checkpoint.size, QStringLiteral("signature"),
                      tr("The checkpoint of %1 entries does not carry a valid signature of computer %2.")
                          .arg(checkpoint.size)
                          .arg(checkpoint.computerId));
    }
    if (checkpoint.root != hex(m_frontier.root())) {
        return broken(checkpoint.size, QStringLiteral("inconsistent-checkpoint"),
                      tr("The checkpoint of %1 entries signed by computer %2 is from another history: its Merkle "
                         "root is not the root of this log's first %1 entries.")
                          .arg(checkpoint.size)
                          .arg(checkpoint.computerId));
    }
    return true;
}

AuditVerification AuditVerifier::finish()
{
    if (!flush()) {
        return m_report;
    }
    const qint64 size = m_report.entriesChecked;
    m_report.root = m_frontier.root();
    if (m_newestCheckpoint > size) {
        const AuditCheckpoint& newest = m_checkpoints.value(m_newestCheckpoint);
        broken(size + 1, QStringLiteral("truncated"),
               tr("A checkpoint signed by computer %1 says this log had %2 entries; it now ends at entry %3: "
                  "entries were removed.")
                   .arg(newest.computerId)
                   .arg(newest.size)
                   .arg(size));
        return m_report;
    }
    if (m_remembered && m_remembered->first > size) {
        broken(size + 1, QStringLiteral("truncated"),
               tr("This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries "
                  "were removed, or an older copy of the database was put back.")
                   .arg(m_remembered->first)
                   .arg(size));
        return m_report;
    }
    if (m_head && m_signedSeen) {
        const auto key = m_keys.constFind(m_head->computerId);
        const bool signedByLog = key != m_keys.constEnd()
            && ComputerIdentity::verifySignature(key->key,
                                                 AuditFormat::headMessage(m_databaseId, m_head->seq, m_head->hash),
                                                 fromBase64(m_head->signature));
        if (!signedByLog) {
            broken(size, QStringLiteral("signature"),
                   tr("The log's head record does not carry a valid signature of a computer the log registered."));
            return m_report;
        }
        if (m_head->seq > size) {
            broken(size + 1, QStringLiteral("truncated"),
                   tr("The newest entries, from entry %1 to %2, were removed.").arg(size + 1).arg(m_head->seq));
            return m_report;
        }
        if (m_head->seq != size || m_head->hash != hex(m_previousHash)) {
            broken(size, QStringLiteral("hash"),
                   tr("The log's head record names entry %1 with another hash: the newest entries were changed.")
                       .arg(m_head->seq));
            return m_report;
        }
    }
    return m_report;
}

} // namespace warden
