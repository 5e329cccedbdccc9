#include "AuditInspector.h"

#include "../storage/AuditStore.h"
#include "../storage/Database.h"
#include "AuditFormat.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace warden {

namespace {

const QString kFormat = QStringLiteral("warden-audit-export-v1");
const QString kHeadMeta = QStringLiteral("audit_head");

QString hex(const QByteArray& raw)
{
    return QString::fromLatin1(raw.toHex());
}

/// The head record's signed part: "seq:hash:mac:computer:signature".
std::optional<AuditHead> parseHead(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 5) {
        return std::nullopt;
    }
    return AuditHead {parts.at(0).toLongLong(), parts.at(1), parts.at(3).toLongLong(), parts.at(4)};
}

QJsonObject entryJson(const AuditRecord& r)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("entry")},
                        {QStringLiteral("seq"), r.seq},
                        {QStringLiteral("at"), r.at},
                        {QStringLiteral("computer"), r.computerId},
                        {QStringLiteral("actor"), r.actor},
                        {QStringLiteral("account"), r.accountCode},
                        {QStringLiteral("action"), r.action},
                        {QStringLiteral("target"), r.target},
                        {QStringLiteral("before"), r.before},
                        {QStringLiteral("after"), r.after},
                        {QStringLiteral("mac"), r.mac},
                        {QStringLiteral("hash"), r.hash},
                        {QStringLiteral("signature"), r.signature}};
}

AuditRecord entryFromJson(const QJsonObject& o)
{
    AuditRecord r;
    r.seq = o.value(QStringLiteral("seq")).toInteger();
    r.at = o.value(QStringLiteral("at")).toString();
    r.computerId = o.value(QStringLiteral("computer")).toInteger();
    r.actor = o.value(QStringLiteral("actor")).toString();
    r.accountCode = o.value(QStringLiteral("account")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.target = o.value(QStringLiteral("target")).toString();
    r.before = o.value(QStringLiteral("before")).toString();
    r.after = o.value(QStringLiteral("after")).toString();
    r.mac = o.value(QStringLiteral("mac")).toString();
    r.hash = o.value(QStringLiteral("hash")).toString();
    r.signature = o.value(QStringLiteral("signature")).toString();
    return r;
}

QJsonObject checkpointJson(const AuditCheckpoint& c)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("checkpoint")},
                        {QStringLiteral("size"), c.size},
                        {QStringLiteral("root"), c.root},
                        {QStringLiteral("at"), c.at},
                        {QStringLiteral("computer"), c.computerId},
                        {QStringLiteral("signature"), c.signature}};
}

AuditCheckpoint checkpointFromJson(const QJsonObject& o)
{
    return AuditCheckpoint {o.value(QStringLiteral("size")).toInteger(), o.value(QStringLiteral("root")).toString(),
                            o.value(QStringLiteral("at")).toString(), o.value(QStringLiteral("computer")).toInteger(),
                            o.value(QStringLiteral("signature")).toString()};
}

QJsonObject computerJson(const RegisteredComputer& c)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("computer")},
                        {QStringLiteral("id"), c.id},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("signingKey"), QString::fromLatin1(c.key.toBase64())},
                        {QStringLiteral("registeredAt"), c.registeredAt},
                        {QStringLiteral("revokedAt"), c.revokedAt}};
}

/// Every line of an export holds exactly its own fields: a renamed field is not silently empty.
bool hasExactly(const QJsonObject& object, QStringList keys)
{
    QStringList present = object.keys();
    keys.sort();
    present.sort();
    return keys == present;
}

const QStringList kEntryKeys {QStringLiteral("type"),     QStringLiteral("seq"),    QStringLiteral("at"),
                              QStringLiteral("computer"), QStringLiteral("actor"),  QStringLiteral("account"),
                              QStringLiteral("action"),   QStringLiteral("target"), QStringLiteral("before"),
                              QStringLiteral("after"),    QStringLiteral("mac"),    QStringLiteral("hash"),
                              QStringLiteral("signature")};
const QStringList kCheckpointKeys {QStringLiteral("type"), QStringLiteral("size"),     QStringLiteral("root"),
                                   QStringLiteral("at"),   QStringLiteral("computer"), QStringLiteral("signature")};
const QStringList kComputerKeys {QStringLiteral("type"),         QStringLiteral("id"),
                                 QStringLiteral("name"),         QStringLiteral("signingKey"),
                                 QStringLiteral("registeredAt"), QStringLiteral("revokedAt")};
const QStringList kHeadKeys {QStringLiteral("type"), QStringLiteral("seq"), QStringLiteral("hash"),
                             QStringLiteral("computer"), QStringLiteral("signature")};
const QStringList kHeaderKeys {QStringLiteral("type"), QStringLiteral("format"), QStringLiteral("database"),
                               QStringLiteral("entries")};

QByteArray line(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

AuditVerification formatProblem(qint64 lineNumber, const QString& problem)
{
    AuditVerification report;
    report.intact = false;
    report.reason = QStringLiteral("format");
    report.problem = AuditInspector::tr("Line %1 of the export: %2").arg(lineNumber).arg(problem);
    return report;
}

} // namespace

AuditInspector::AuditInspector(Database& database)
    : m_database(database)
{ }

Result<AuditVerification> AuditInspector::verify(const std::optional<AuditWitness>& witness) const
{
    AuditStore store(m_database);
    auto checkpoints = store.checkpoints();
    if (!checkpoints) {
        return checkpoints.refusal();
    }
    auto headText = m_database.meta(kHeadMeta);
    if (!headText) {
        return headText.refusal();
    }
    std::optional<AuditWitness::Seen> seen;
    std::optional<AuditWitness::Checked> checked;
    if (witness) {
        auto read = witness->seen();
        if (!read) {
            return read.refusal();
        }
        seen = read.value();
        auto done = witness->checked();
        if (!done) {
            return done.refusal();
        }
        checked = done.value();
    }
    const auto run = [&](bool trustChecked) -> Result<std::pair<AuditVerification, AuditWitness::Seen>> {
        AuditVerifier verifier(m_database.databaseId());
        verifier.setCheckpoints(checkpoints.value());
        if (auto head = parseHead(headText.value())) {
            verifier.setHead(*head);
        }
        if (seen && seen->size() > 0) {
            verifier.setRemembered(seen->size(), seen->frontier.root());
        }
        if (trustChecked && checked) {
            verifier.setAlreadyChecked(checked->size, checked->root);
        }
        if (auto read = store.forEach(0, [&verifier](const AuditRecord& record) { return verifier.add(record); });
            !read) {
            return read.refusal();
        }
        AuditVerification report = verifier.finish();
        return std::pair {report, AuditWitness::Seen {verifier.frontier(), verifier.lastHash()}};
    };
    auto outcome = run(true);
    if (!outcome) {
        return outcome.refusal();
    }
    // What this computer checked before no longer holds: check every signature to name the first
    // bad entry.
    if (checked && !outcome.value().first.intact && outcome.value().first.reason == QLatin1String("witness")
        && outcome.value().first.firstBrokenSeq == checked->size) {
        auto full = run(false);
        if (!full) {
            return full.refusal();
        }
        if (!full.value().first.intact) {
            outcome = full;
        }
    }
    const auto& [report, now] = outcome.value();
    if (witness && report.intact && now.size() > 0) {
        if (auto kept = witness->remember(now); !kept) {
            return kept.refusal();
        }
        if (auto kept = witness->rememberChecked({now.size(), now.frontier.root()}); !kept) {
            return kept.refusal();
        }
    }
    return report;
}

Status AuditInspector::exportJsonl(QIODevice& out) const
{
    // The computers are those the log itself registers: verified first, then written out.
    AuditStore store(m_database);
    auto checkpoints = store.checkpoints();
    if (!checkpoints) {
        return checkpoints.refusal();
    }
    auto headText = m_database.meta(kHeadMeta);
    if (!headText) {
        return headText.refusal();
    }
    auto newest = store.newest();
    if (!newest) {
        return newest.refusal();
    }
    AuditVerifier registry(m_database.databaseId());
    registry.skipSignatures();
    if (auto read = store.forEach(0, [&registry](const AuditRecord& record) { return registry.add(record); }); !read) {
        return read;
    }
    QByteArray head = line(QJsonObject {{QStringLiteral("type"), QStringLiteral("header")},
                                        {QStringLiteral("format"), kFormat},
                                        {QStringLiteral("database"), m_database.databaseId()},
                                        {QStringLiteral("entries"), newest.value().seq}});
    for (const RegisteredComputer& computer : registry.computers()) {
        head += line(computerJson(computer));
    }
    for (const AuditCheckpoint& checkpoint : checkpoints.value()) {
        head += line(checkpointJson(checkpoint));
    }
    if (auto parsed = parseHead(headText.value())) {
        head += line(QJsonObject {{QStringLiteral("type"), QStringLiteral("head")},
                                  {QStringLiteral("seq"), parsed->seq},
                                  {QStringLiteral("hash"), parsed->hash},
                                  {QStringLiteral("computer"), parsed->computerId},
                                  {QStringLiteral("signature"), parsed->signature}});
    }
    const auto write = [&out](const QByteArray& bytes) {
        return out.write(bytes) == bytes.size()
            ? Status {}
            : Status {Refusal {Refusal::Kind::Storage, tr("Could not write the export: %1").arg(out.errorString())}};
    };
    if (auto done = write(head); !done) {
        return done;
    }
    Status written;
    QByteArray chunk;
    if (auto read = store.forEach(0,
                                  [&](const AuditRecord& record) {
                                      chunk += line(entryJson(record));
                                      if (chunk.size() > (1 << 20)) {
                                          written = write(chunk);
                                          chunk.clear();
                                      }
                                      return written.ok();
                                  });
        !read) {
        return read;
    }
    if (!written) {
        return written;
    }
    return write(chunk);
}

Result<QJsonObject> AuditInspector::prove(qint64 seq) const
{
    AuditStore store(m_database);
    auto checkpoints = store.checkpoints();
    if (!checkpoints) {
        return checkpoints.refusal();
    }
    if (checkpoints.value().isEmpty()) {
        return Refusal {Refusal::Kind::NotFound,
                        tr("The audit log has no checkpoint yet. Write one with \"wardenctl audit checkpoint\".")};
    }
    const AuditCheckpoint newest = checkpoints.value().last();
    if (seq < 1 || seq > newest.size) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("Entry %1 is not in the newest checkpoint, which holds entries 1 to %2. Write a newer one "
                           "with \"wardenctl audit checkpoint\".")
                            .arg(seq)
                            .arg(newest.size)};
    }
    auto hashes = store.hashesAfter(0);
    if (!hashes) {
        return hashes.refusal();
    }
    QList<QByteArray> leaves;
    leaves.reserve(hashes.value().size());
    for (const QByteArray& hash : hashes.value()) {
        leaves.append(MerkleTree::leafHash(hash));
    }
    if (leaves.size() < newest.size) {
        return Refusal {Refusal::Kind::Storage,
                        tr("The audit log ends at entry %1, before its newest checkpoint (%2 entries): entries were "
                           "removed. Run \"wardenctl audit verify\".")
                            .arg(leaves.size())
                            .arg(newest.size)};
    }
    const QList<QByteArray> path = MerkleTree::inclusionProof(leaves, seq - 1, newest.size);
    QJsonArray pathJson;
    for (const QByteArray& node : path) {
        pathJson.append(hex(node));
    }
    const QByteArray root = QByteArray::fromHex(newest.root.toLatin1());
    QJsonObject proof {{QStringLiteral("seq"), seq},
                       {QStringLiteral("leafIndex"), seq - 1},
                       {QStringLiteral("entryHash"), hex(hashes.value().at(seq - 1))},
                       {QStringLiteral("leafHash"), hex(leaves.at(seq - 1))},
                       {QStringLiteral("checkpoint"), checkpointJson(newest)},
                       {QStringLiteral("inclusionProof"), pathJson},
                       {QStringLiteral("included"),
                        MerkleTree::verifyInclusion(seq - 1, newest.size, leaves.at(seq - 1), path, root)}};
    if (checkpoints.value().size() > 1) {
        const AuditCheckpoint& earlier = checkpoints.value().at(checkpoints.value().size() - 2);
        const QList<QByteArray> consistency = MerkleTree::consistencyProof(leaves, earlier.size, newest.size);
        QJsonArray consistencyJson;
        for (const QByteArray& node : consistency) {
            consistencyJson.append(hex(node));
        }
        proof.insert(QStringLiteral("previousCheckpoint"), checkpointJson(earlier));
        proof.insert(QStringLiteral("consistencyProof"), consistencyJson);
        proof.insert(QStringLiteral("consistent"),
                     MerkleTree::verifyConsistency(earlier.size, newest.size,
                                                   QByteArray::fromHex(earlier.root.toLatin1()), root, consistency));
    }
    return proof;
}

Result<AuditVerification> AuditInspector::verifyExport(QIODevice& in)
{
    qint64 lineNumber = 0;
    std::optional<AuditVerifier> verifier;
    qint64 declaredEntries = 0;
    QList<AuditCheckpoint> checkpoints;
    QList<RegisteredComputer> listed;
    bool entriesStarted = false;
    while (!in.atEnd()) {
        const QByteArray text = in.readLine();
        ++lineNumber;
        if (text.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError error {};
        const QJsonObject o = QJsonDocument::fromJson(text, &error).object();
        if (error.error != QJsonParseError::NoError || !text.endsWith('\n')) {
            return formatProblem(lineNumber, tr("not a JSON object (%1).").arg(error.errorString()));
        }
        const QString type = o.value(QStringLiteral("type")).toString();
        const QStringList& keys = type == QLatin1String("entry") ? kEntryKeys
            : type == QLatin1String("checkpoint")                ? kCheckpointKeys
            : type == QLatin1String("computer")                  ? kComputerKeys
            : type == QLatin1String("head")                      ? kHeadKeys
                                                                 : kHeaderKeys;
        if (!hasExactly(o, keys)) {
            return formatProblem(lineNumber, tr("the fields of a \"%1\" line are not the ones it has.").arg(type));
        }
        if (lineNumber == 1) {
            if (type != QLatin1String("header") || o.value(QStringLiteral("format")).toString() != kFormat) {
                return formatProblem(lineNumber, tr("not a Warden audit log export (%1).").arg(kFormat));
            }
            verifier.emplace(o.value(QStringLiteral("database")).toString());
            declaredEntries = o.value(QStringLiteral("entries")).toInteger(-1);
            continue;
        }
        if (!verifier) {
            return formatProblem(lineNumber, tr("the header is missing."));
        }
        if (type == QLatin1String("entry")) {
            if (!entriesStarted) {
                verifier->setCheckpoints(checkpoints);
                entriesStarted = true;
            }
            if (!verifier->add(entryFromJson(o))) {
                break;
            }
            continue;
        }
        if (entriesStarted) {
            return formatProblem(lineNumber, tr("a \"%1\" line after the entries.").arg(type));
        }
        if (type == QLatin1String("checkpoint")) {
            checkpoints.append(checkpointFromJson(o));
        } else if (type == QLatin1String("head")) {
            verifier->setHead(AuditHead {
                o.value(QStringLiteral("seq")).toInteger(), o.value(QStringLiteral("hash")).toString(),
                o.value(QStringLiteral("computer")).toInteger(), o.value(QStringLiteral("signature")).toString()});
        } else if (type == QLatin1String("computer")) {
            listed.append(RegisteredComputer {
                o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("name")).toString(),
                AuditVerifier::fromBase64(o.value(QStringLiteral("signingKey")).toString()),
                o.value(QStringLiteral("registeredAt")).toInteger(), o.value(QStringLiteral("revokedAt")).toInteger()});
        } else {
            return formatProblem(lineNumber, tr("an unknown line type \"%1\".").arg(type));
        }
    }
    if (!verifier) {
        return formatProblem(1, tr("the export is empty."));
    }
    if (!entriesStarted) {
        verifier->setCheckpoints(checkpoints);
    }
    AuditVerification report = verifier->finish();
    if (!report.intact) {
        return report;
    }
    if (declaredEntries != report.entriesChecked) {
        return formatProblem(
            1, tr("the header says %1 entries; the export holds %2.").arg(declaredEntries).arg(report.entriesChecked));
    }
    // The computers listed must be exactly those the log registers, as it registers them.
    if (listed != verifier->computers()) {
        return formatProblem(2, tr("the computers listed are not the ones the log registers."));
    }
    return report;
}

} // namespace warden
