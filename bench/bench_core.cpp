// bench_core: builds a large directory and times the core against raw SQL doing the same work
// on the same database in the same run, printing ratios (service / raw). SQLite in a temporary
// folder by default; --db postgresql://… runs the same on an empty PostgreSQL database.
//   scripts/with-test-services.sh build/bench/bench_core [USERS] [--db postgresql://user@host:port/db]
#include "CoreServices.h"
#include "DemoSeeder.h"
#include "Logging.h"
#include "storage/DirectoryStore.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace warden;

namespace {

QList<User> makeUsers(int from, int count, const QString& domain)
{
    QList<User> users;
    users.reserve(count);
    for (int i = from; i < from + count; ++i) {
        const auto [name, local] = DemoSeeder::person(i);
        User user;
        user.email = local + QLatin1Char('@') + domain;
        user.displayName = name;
        user.upn = user.email;
        user.source = QStringLiteral("import");
        users.append(user);
    }
    return users;
}

bool rawInsert(const Database& database, qint64 accountId, const QList<User>& users)
{
    const QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    q.exec(SqlDialect(database.dialect()).beginWrite());
    q.prepare(QStringLiteral("INSERT INTO users (account_id, email, email_key, upn, display_name, name_key, source, "
                             "disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"));
    const QString now = DirectoryStore::now();
    for (const User& user : users) {
        q.addBindValue(accountId);
        q.addBindValue(user.email);
        q.addBindValue(user.email.toLower());
        q.addBindValue(user.upn);
        q.addBindValue(user.displayName);
        q.addBindValue(user.displayName.toLower());
        q.addBindValue(user.source);
        q.addBindValue(now);
        if (!q.exec()) {
            std::fprintf(stderr, "raw insert: %s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return QSqlQuery(db).exec(QStringLiteral("COMMIT"));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void report(const char* what, double serviceMs, double rawMs)
{
    std::printf("%-44s service %10.2f ms   raw SQL %10.2f ms   ratio %5.2f\n", what, serviceMs, rawMs,
                rawMs > 0 ? serviceMs / rawMs : 0.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Logging::initialize(QString(), QStringLiteral("warn"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString location;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--db")); at >= 0) {
        location = arguments.value(at + 1);
        arguments.remove(at, 2);
    }
    const int total = arguments.isEmpty() ? 1'000'000 : arguments.first().toInt();
    const int rounds = 10;
    const int perRound = total / rounds / 2;
    QTemporaryDir dir;
    if (location.isEmpty()) {
        location = dir.filePath(QStringLiteral("bench.db"));
    }
    auto opened = CoreServices::open(location);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.refusal().message));
        return 3;
    }
    CoreServices& core = *opened.value();
    const Actor system = Actor::system();
    auto viaService =
        core.accounts().create(system, QStringLiteral("SVC"), QStringLiteral("Service"), AccountKind::Standard);
    auto viaRaw = core.accounts().create(system, QStringLiteral("RAW"), QStringLiteral("Raw"), AccountKind::Standard);
    if (!viaService || !viaRaw
        || !core.accounts().addDomain(system, viaService.value().id, QStringLiteral("svc.example"))
        || !core.accounts().addDomain(system, viaRaw.value().id, QStringLiteral("raw.example"))) {
        std::fprintf(stderr, "set-up failed\n");
        return 3;
    }
    const bool postgres = core.database().dialect() == Database::Dialect::PostgreSQL;
    std::printf("Directory of %d users in %d interleaved rounds (half through the service, half raw), %s\n",
                perRound * rounds * 2, rounds, postgres ? "PostgreSQL (READ COMMITTED, pg_trgm)" : "SQLite WAL, FTS5");

    // 1. Bulk insert, interleaved so both sides see the same index sizes.
    double serviceMs = 0;
    double rawMs = 0;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        const QList<User> a = makeUsers(round * perRound, perRound, QStringLiteral("svc.example"));
        const QList<User> b = makeUsers(round * perRound, perRound, QStringLiteral("raw.example"));
        timer.start();
        if (!core.directory().addUsers(system, viaService.value().id, a)) {
            return 3;
        }
        serviceMs += double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        if (!rawInsert(core.database(), viaRaw.value().id, b)) {
            return 3;
        }
        rawMs += double(timer.nsecsElapsed()) / 1e6;
    }
    report("bulk user insert (per half)", serviceMs, rawMs);
    if (postgres) {
        // What autovacuum does after a load this size; the planner needs it to pick the indexes.
        QSqlQuery(core.database().connection()).exec(QStringLiteral("ANALYZE users"));
    }
    std::printf("  %.0f users/s through the service\n", perRound * rounds / (serviceMs / 1000));

    // 2. Add 1,000 members to a role.
    auto created =
        core.roles().createRole(system, viaService.value().id, QStringLiteral("Bench A"), {}, PermissionSet());
    auto rawRole =
        core.roles().createRole(system, viaService.value().id, QStringLiteral("Bench B"), {}, PermissionSet());
    QStringList emails;
    for (const User& user : makeUsers(5000, 1000, QStringLiteral("svc.example"))) {
        emails.append(user.email);
    }
    timer.start();
    auto added = core.roles().addMembers(system, created.value().id, emails);
    const double addServiceMs = double(timer.nsecsElapsed()) / 1e6;
    if (!added || added.value().added.size() != 1000) {
        std::fprintf(stderr, "add members failed\n");
        return 3;
    }
    timer.start();
    {
        QSqlQuery q(core.database().connection());
        q.exec(SqlDialect(core.database().dialect()).beginWrite());
        QSqlQuery find(core.database().connection());
        find.prepare(QStringLiteral("SELECT id FROM users WHERE email_key = ?"));
        QSqlQuery insert(core.database().connection());
        insert.prepare(
            QStringLiteral("INSERT INTO role_members (role_id, user_id, added_at, added_by) VALUES (?, ?, ?, 'raw')"));
        for (const QString& email : emails) {
            find.addBindValue(email.toLower());
            find.exec();
            find.next();
            insert.addBindValue(rawRole.value().id);
            insert.addBindValue(find.value(0));
            insert.addBindValue(DirectoryStore::now());
            insert.exec();
            find.finish();
        }
        q.exec(QStringLiteral("COMMIT"));
    }
    report("add 1,000 members to a role", addServiceMs, double(timer.nsecsElapsed()) / 1e6);

    // 3. Prefix search, first 50 rows, over the service account's half of the directory.
    const QStringList prefixes = {QStringLiteral("oli"),     QStringLiteral("smi"),    QStringLiteral("zofia.k"),
                                  QStringLiteral("m"),       QStringLiteral("tanaka"), QStringLiteral("léa"),
                                  QStringLiteral("kenji.n"), QStringLiteral("ingrid")};
    QList<double> serviceTimes;
    QList<double> rawTimes;
    QHash<QString, QList<double>> byPrefix;
    // The engine alone: SQLite's FTS5 index on names; on PostgreSQL the same LIKE conditions the
    // service sends, without the service around them.
    QSqlQuery raw(core.database().connection());
    raw.prepare(postgres
                    ? QStringLiteral("SELECT u.id, u.email, u.display_name FROM users u WHERE u.account_id = ? AND "
                                     "u.id > 0 AND (u.email_key LIKE ? OR u.name_key LIKE ? OR u.name_key LIKE ?) "
                                     "ORDER BY u.id LIMIT 51")
                    : QStringLiteral("SELECT u.id, u.email, u.display_name FROM users_fts f JOIN users u ON u.id = "
                                     "f.rowid WHERE users_fts MATCH ? AND f.rowid > 0 AND u.account_id = ? ORDER "
                                     "BY f.rowid LIMIT 51"));
    for (int repeat = 0; repeat < 25; ++repeat) {
        for (const QString& prefix : prefixes) {
            timer.start();
            auto page = core.directory().search(system, viaService.value().id, prefix, 0, 50);
            serviceTimes.append(double(timer.nsecsElapsed()) / 1e6);
            byPrefix[prefix].append(serviceTimes.last());
            if (!page || page.value().users.isEmpty()) {
                std::fprintf(stderr, "search for %s found nothing\n", qPrintable(prefix));
                return 3;
            }
            timer.start();
            if (postgres) {
                raw.addBindValue(viaService.value().id);
                raw.addBindValue(QString(prefix + QLatin1Char('%')));
                raw.addBindValue(QString(prefix + QLatin1Char('%')));
                raw.addBindValue(QString(QStringLiteral("% ") + prefix + QLatin1Char('%')));
            } else {
                raw.addBindValue(QString(QLatin1Char('"') + prefix + QStringLiteral("\"*")));
                raw.addBindValue(viaService.value().id);
            }
            raw.exec();
            int rows = 0;
            while (raw.next()) {
                ++rows;
            }
            raw.finish();
            rawTimes.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    report("prefix search, first 50 (median)", median(serviceTimes), median(rawTimes));
    for (const QString& prefix : prefixes) {
        std::printf("  \"%s\": median %.2f ms\n", qPrintable(prefix), median(byPrefix.value(prefix)));
    }
    std::printf("  slowest service search %.2f ms over %lld searches\n",
                *std::max_element(serviceTimes.begin(), serviceTimes.end()),
                static_cast<long long>(serviceTimes.size()));
    return 0;
}
