// bench_directory_sync: syncs a generated directory of N people (default 100,000) from a
// throw-away slapd into an empty account, then an incremental run after 1,000 modifications.
// Compared in the same run with
//   * ldapsearch -E pr=1000/noprompt of the same entries to /dev/null (the transfer limit), and
//   * importing the same people as CSV into an empty account of another fresh database.
// Prints times, ratios and the peak resident memory of each phase (run it at two sizes to see
// that memory stays flat in the directory's size). Needs the keychain (the bind password):
//   scripts/with-test-services.sh build/bench/bench_directory_sync [N] [--db postgresql://…]
#include "CoreServices.h"
#include "FreshPostgresDatabase.h"
#include "Logging.h"
#include "PrivateSlapd.h"
#include "ProcessMemory.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace warden;
using warden::bench::statusMb;
using namespace warden::test;

namespace {

/// Starts a new peak-memory measurement (Linux: resets VmHWM to the current resident size).
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly)) {
        refs.write("5");
    }
}

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

/// A fresh database with one standard account BENCH (domain bench.example); its id.
qint64 benchAccount(CoreServices& core)
{
    const Actor system = Actor::system();
    const qint64 id =
        require(core.accounts().create(system, QStringLiteral("BENCH"), QStringLiteral("Bench"), AccountKind::Standard),
                "account")
            .value()
            .id;
    (void)require(core.accounts().addDomain(system, id, QStringLiteral("bench.example")), "domain");
    return id;
}

QString databaseIn(const QTemporaryDir& dir, const QString& name, const QString& postgres)
{
    if (postgres.isEmpty()) {
        return dir.filePath(name + QStringLiteral(".db"));
    }
    return bench::freshPostgresDatabase(postgres, name);
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
    const int people = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    constexpr int kModified = 1000;

    std::printf("generating %d people and loading them into slapd…\n", people);
    std::fflush(stdout);
    QString ldif;
    QByteArray csv("emailAddress,displayName,upn\n");
    ldif.reserve(qsizetype(people) * 140);
    for (int i = 0; i < people; ++i) {
        const QString uid = QStringLiteral("p%1").arg(i);
        const QString mail = QStringLiteral("p%1@bench.example").arg(i);
        const QString name = QStringLiteral("Person %1").arg(i);
        // Made over the past year, as in a directory in use (slapadd keeps these stamps).
        const QDateTime made = QDateTime::currentDateTimeUtc().addSecs(-31536000 + qint64(i) * 31536000 / people - 60);
        ldif += PrivateSlapd::person(uid, mail, name,
                                     QStringLiteral("entryCSN: %1.000000Z#000000#000#000000\nmodifyTimestamp: %1Z\n"
                                                    "createTimestamp: %1Z\n")
                                         .arg(made.toString(QStringLiteral("yyyyMMddHHmmss"))));
        csv += (mail + QLatin1Char(',') + name + QLatin1Char(',') + uid + QLatin1Char('\n')).toUtf8();
    }
    QElapsedTimer timer;
    timer.start();
    PrivateSlapd slapd(ldif, 1000);
    ldif.clear();
    if (!slapd.isValid()) {
        std::fprintf(stderr, "slapd: %s\n", qPrintable(slapd.problem()));
        return 1;
    }
    std::printf("slapd ready in %.1f s\n", seconds(timer));

    // The transfer limit: the same entries and attributes, paged, to /dev/null.
    QProcess search;
    search.setStandardOutputFile(QProcess::nullDevice());
    timer.restart();
    search.start(QStringLiteral("ldapsearch"),
                 {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), slapd.url(), QStringLiteral("-D"),
                  QString::fromLatin1(PrivateSlapd::kSyncDn), QStringLiteral("-w"),
                  QString::fromLatin1(PrivateSlapd::kSyncPassword), QStringLiteral("-b"),
                  QString::fromLatin1(PrivateSlapd::kBase), QStringLiteral("-E"), QStringLiteral("pr=1000/noprompt"),
                  DirectoryConnector::openLdapFilter(), QStringLiteral("mail"), QStringLiteral("cn"),
                  QStringLiteral("uid"), QStringLiteral("entryUUID"), QStringLiteral("entryCSN")});
    search.waitForFinished(-1);
    const double ldapsearchSeconds = seconds(timer);

    QTemporaryDir dir;
    // CSV import of the same people into an empty account of another fresh database.
    double importSeconds = 0;
    double importPeak = 0;
    {
        auto core =
            require(CoreServices::open(databaseIn(dir, QStringLiteral("import"), postgres)), "open").value().release();
        benchAccount(*core);
        QBuffer file(&csv);
        file.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.defaultAccountCode = QStringLiteral("BENCH");
        resetPeak();
        timer.restart();
        const ImportReport report =
            require(core->importer().importCsv(Actor::system(), file, options), "import").value();
        importSeconds = seconds(timer);
        importPeak = statusMb("VmHWM:");
        if (report.created != people) {
            std::fprintf(stderr, "import created %lld of %d\n", report.created, people);
        }
        (void)Keychain().remove(
            DatabaseSecrets::keychainKey(core->database().databaseId(), QStringLiteral("master-key")));
        delete core;
    }

    auto core =
        require(CoreServices::open(databaseIn(dir, QStringLiteral("sync"), postgres)), "open").value().release();
    const qint64 account = benchAccount(*core);
    (void)require(
        core->sync().configure(Actor::system(), slapd.connector(account), QByteArray(PrivateSlapd::kSyncPassword)),
        "configure");
    resetPeak();
    timer.restart();
    const SyncReport full = require(core->sync().run(Actor::system(), account, {}), "full sync").value();
    const double fullSeconds = seconds(timer);
    const double fullPeak = statusMb("VmHWM:");
    if (full.created != people) {
        std::fprintf(stderr, "full sync created %lld of %d\n", full.created, people);
    }

    // 1,000 modifications spread over the directory (one second later: entryCSN moves on).
    QThread::msleep(1100);
    QString changes;
    for (int i = 0; i < kModified; ++i) {
        const int who = int((qint64(i) * people) / kModified);
        changes += QStringLiteral("dn: uid=p%1,%2\nchangetype: modify\nreplace: cn\ncn: Renamed %1\n\n")
                       .arg(who)
                       .arg(QString::fromLatin1(PrivateSlapd::kPeople));
    }
    timer.restart();
    if (!slapd.modify(changes)) {
        std::fprintf(stderr, "ldapmodify: %s\n", qPrintable(slapd.problem()));
        return 1;
    }
    const double modifySeconds = seconds(timer);
    resetPeak();
    timer.restart();
    const SyncReport incremental = require(core->sync().run(Actor::system(), account, {}), "incremental").value();
    const double incrementalSeconds = seconds(timer);
    const double incrementalPeak = statusMb("VmHWM:");
    (void)Keychain().remove(core->sync().passwordKey(account));
    (void)Keychain().remove(DatabaseSecrets::keychainKey(core->database().databaseId(), QStringLiteral("master-key")));

    std::printf("backend: %s, %d people\n", postgres.isEmpty() ? "SQLite" : "PostgreSQL", people);
    std::printf("ldapsearch -E pr=1000 to /dev/null: %.2f s\n", ldapsearchSeconds);
    std::printf("full sync: %.2f s (%.0f entries/s), %.2f× ldapsearch; reading and staging %.2f s (%.2f× "
                "ldapsearch), comparing and applying %.2f s; peak RSS %.0f MB\n",
                fullSeconds, people / fullSeconds, fullSeconds / ldapsearchSeconds, double(full.readMs) / 1000.0,
                double(full.readMs) / 1000.0 / ldapsearchSeconds, fullSeconds - double(full.readMs) / 1000.0, fullPeak);
    std::printf("CSV import of the same people: %.2f s, full sync = %.2f× import; peak RSS %.0f MB\n", importSeconds,
                fullSeconds / importSeconds, importPeak);
    std::printf("ldapmodify of %d entries: %.2f s\n", kModified, modifySeconds);
    std::printf("incremental sync: %.2f s, %lld entries read, %lld changed, full=%d; peak RSS %.0f MB\n",
                incrementalSeconds, incremental.entries, incremental.changed, int(incremental.full), incrementalPeak);
    delete core;
    return 0;
}
