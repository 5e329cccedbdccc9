// bench_audit_verify: verifies a signed audit log of N entries (default 1,000,000) as an auditor
// does (no keychain, no key: every hash, every Ed25519 signature, the Merkle tree against every
// checkpoint) and as a console that checked it before does (the signatures it checked under the
// same Merkle root are not checked again). Compared in the same run with reading the same entries
// through the engine alone (QtSql, every column). The log is made by this computer's real key:
// its first entries by the core, the rest signed here as AuditLog signs them, with a checkpoint
// every 1,000 entries, then stored in bulk. Needs the keychain (the computer's key):
//   scripts/with-test-services.sh build/bench/bench_audit_verify [N] [--db postgresql://…]
#include "CoreServices.h"
#include "FreshPostgresDatabase.h"
#include "Logging.h"
#include "audit/AuditFormat.h"
#include "audit/AuditInspector.h"
#include "security/ComputerIdentity.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <cstdio>

using namespace warden;

namespace {

template<typename T> T require(T result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.refusal().message));
        std::exit(1);
    }
    return result;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Appends `count` entries signed by `identity` after the log's newest, as AuditLog would write them.
void appendSigned(Database& database, const ComputerIdentity& identity, qint64 count)
{
    AuditStore store(database);
    AuditRecord previous = require(store.newest(), "newest entry").value();
    MerkleFrontier frontier;
    (void)require(store.forEach(0,
                                [&frontier](const AuditRecord& r) {
                                    frontier.append(MerkleTree::leafHash(QByteArray::fromHex(r.hash.toLatin1())));
                                    return true;
                                }),
                  "reading the log");
    QByteArray previousHash = QByteArray::fromHex(previous.hash.toLatin1());
    const QString databaseId = database.databaseId();
    constexpr qint64 kBatch = 20000;
    for (qint64 done = 0; done < count;) {
        Transaction tx(database);
        (void)require(tx.begin(), "begin");
        QList<AuditRecord> batch;
        QList<AuditCheckpoint> checkpoints;
        for (qint64 i = 0; i < kBatch && done < count; ++i, ++done) {
            AuditRecord r;
            r.seq = previous.seq + 1;
            r.at = AuditLog::timestamp(QDateTime::currentDateTimeUtc());
            r.computerId = identity.computerId();
            r.actor = QStringLiteral("admin%1@bench.example").arg(r.seq % 50);
            r.accountCode = QStringLiteral("BENCH");
            r.action = QStringLiteral("role.member.add");
            r.target = QStringLiteral("Gateway Administrator");
            r.after = QStringLiteral("{\"added\":[\"user%1@bench.example\"]}").arg(r.seq);
            const QByteArray hash = AuditFormat::entryHash(r, previousHash);
            r.hash = QString::fromLatin1(hash.toHex());
            r.signature = QString::fromLatin1(identity.sign(AuditFormat::entryMessage(databaseId, hash)).toBase64());
            frontier.append(MerkleTree::leafHash(hash));
            if (r.seq % AuditLog::kCheckpointEvery == 0) {
                AuditCheckpoint c {
                    r.seq, QString::fromLatin1(frontier.root().toHex()), r.at, identity.computerId(), {}};
                c.signature =
                    QString::fromLatin1(identity.sign(AuditFormat::checkpointMessage(databaseId, c)).toBase64());
                checkpoints.append(c);
            }
            previousHash = hash;
            previous = r;
            batch.append(r);
        }
        (void)require(store.insertMany(batch), "storing entries");
        for (const AuditCheckpoint& c : checkpoints) {
            (void)require(store.insertCheckpoint(c), "storing a checkpoint");
        }
        // The head record as AuditLog leaves it (its MAC part is not what an auditor checks).
        const QString headSig = QString::fromLatin1(
            identity.sign(AuditFormat::headMessage(databaseId, previous.seq, previous.hash)).toBase64());
        (void)require(database.setMeta(QStringLiteral("audit_head"),
                                       QStringLiteral("%1:%2:-:%3:%4")
                                           .arg(previous.seq)
                                           .arg(previous.hash)
                                           .arg(identity.computerId())
                                           .arg(headSig)),
                      "head");
        (void)require(database.setMeta(QStringLiteral("audit_frontier"), QString::fromLatin1(frontier.toText())),
                      "frontier");
        (void)require(tx.commit(), "commit");
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Logging::initialize(QString(), qEnvironmentVariable("WARDEN_LOG_LEVEL", QStringLiteral("warn")));
    QStringList arguments = app.arguments();
    QString postgres;
    if (const auto at = arguments.indexOf(QStringLiteral("--db")); at > 0 && at + 1 < arguments.size()) {
        postgres = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    const qint64 entries = arguments.size() > 1 ? arguments.at(1).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString location = postgres.isEmpty() ? dir.filePath(QStringLiteral("audit.db"))
                                                : bench::freshPostgresDatabase(postgres, QStringLiteral("audit"));
    // A keychain namespace of its own: the witness this run builds up is not a real console's.
    const Keychain keychain(QStringLiteral("warden-bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto core = require(CoreServices::open(location, keychain), "opening the database");
    Database& database = core.value()->database();
    const auto identity = require(ComputerIdentity::load(keychain, database.databaseId()), "this computer's key");
    const qint64 first = require(core.value()->audit().nextSeq(), "log").value() - 1;

    QElapsedTimer timer;
    timer.start();
    appendSigned(database, *identity.value(), entries - first);
    std::printf("%s: %lld entries written and signed in %.1f s (%d cores)\n",
                postgres.isEmpty() ? "SQLite" : "PostgreSQL", static_cast<long long>(entries), seconds(timer),
                QThread::idealThreadCount());
    std::fflush(stdout);

    AuditStore store(database);
    for (int round = 1; round <= 2; ++round) {
        // The engine alone: every column of every entry, in order, through QtSql.
        timer.restart();
        qint64 read = 0;
        qint64 bytes = 0;
        (void)require(store.forEach(0,
                                    [&](const AuditRecord& r) {
                                        ++read;
                                        bytes += r.after.size() + r.signature.size();
                                        return true;
                                    }),
                      "reading");
        const double engine = seconds(timer);

        timer.restart();
        const AuditVerification full = require(AuditInspector(database).verify(), "verify").value();
        const double auditor = seconds(timer);
        if (!full.intact || full.entriesChecked != entries) {
            std::fprintf(stderr, "not intact: %s\n", qPrintable(full.problem));
            return 1;
        }

        // A console that checked the log before: the first run remembers, the second is measured.
        (void)keychain.remove(QStringLiteral("warden/%1/audit-checked").arg(database.databaseId()));
        const AuditWitness witness(keychain, database.databaseId());
        (void)require(AuditInspector(database).verify(witness), "verify as a witness");
        timer.restart();
        const AuditVerification again = require(AuditInspector(database).verify(witness), "verify again").value();
        const double console = seconds(timer);
        if (!again.intact || again.signaturesAlreadyChecked != entries) {
            std::fprintf(stderr, "second verification: %s\n", qPrintable(again.problem));
            return 1;
        }
        std::printf("round %d: read with the engine alone %.2f s (%lld rows)\n", round, engine,
                    static_cast<long long>(read));
        std::printf("round %d: verify as an auditor (all %lld signatures, %lld checkpoints) %.2f s = %.1fx the read\n",
                    round, static_cast<long long>(full.signaturesChecked),
                    static_cast<long long>(full.checkpointsChecked), auditor, auditor / engine);
        std::printf("round %d: verify again on a console that checked it (hashes, tree, checkpoints) %.2f s = "
                    "%.1fx the read\n",
                    round, console, console / engine);
        std::fflush(stdout);
    }
    (void)keychain.remove(QStringLiteral("warden/%1/audit-witness").arg(database.databaseId()));
    (void)keychain.remove(QStringLiteral("warden/%1/audit-checked").arg(database.databaseId()));
    (void)keychain.remove(QStringLiteral("warden/%1/computer").arg(database.databaseId()));
    (void)keychain.remove(QStringLiteral("warden/%1/master-key").arg(database.databaseId()));
    return 0;
}
