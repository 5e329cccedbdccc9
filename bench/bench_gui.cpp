// bench_gui: the console at scale. Builds a 1,000,000-user directory with 20,000 members in one
// role, then times (a) opening the main window to a usable tree, (b) typing a search in the
// Add User to Role picker to its first page, each against raw SQL doing the same reads on the
// same database in the same run, and reports resident memory after opening.
//   QT_QPA_PLATFORM=offscreen scripts/with-test-services.sh build/bench/bench_gui [USERS]
#include "AccountRoleTreeModel.h"
#include "CoreServices.h"
#include "DemoSeeder.h"
#include "DirectorySearchModel.h"
#include "Logging.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeView>
#include <algorithm>
#include <cstdio>

using namespace warden;

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Logging::initialize(QString(), QStringLiteral("warn"));
    const int total = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1'000'000;
    const int members = std::min(20'000, total / 2);
    QTemporaryDir dir;
    auto opened = CoreServices::open(dir.filePath(QStringLiteral("bench.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.refusal().message));
        return 3;
    }
    CoreServices& core = *opened.value();
    const Actor system = Actor::system();
    auto account =
        core.accounts().create(system, QStringLiteral("BIG"), QStringLiteral("Big Corp"), AccountKind::Standard);
    if (!account || !core.accounts().addDomain(system, account.value().id, QStringLiteral("big.example"))) {
        return 3;
    }
    const qint64 accountId = account.value().id;
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 100'000;
    for (int from = 0; from < total; from += kBatch) {
        QList<User> users;
        for (int i = from; i < std::min(total, from + kBatch); ++i) {
            const auto [name, local] = DemoSeeder::person(i);
            User user;
            user.email = local + QStringLiteral("@big.example");
            user.displayName = name;
            users.append(user);
        }
        if (auto added = core.directory().addUsers(system, accountId, users); !added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.refusal().message.left(300)));
            return 3;
        }
    }
    auto helpDesk = core.roles().roleByName(system, accountId, QStringLiteral("Help Desk Administrator"));
    QStringList emails;
    for (int i = 0; i < members; ++i) {
        emails.append(DemoSeeder::person(int((qint64(i) * 7) % total)).second + QStringLiteral("@big.example"));
    }
    if (auto added = core.roles().addMembers(system, helpDesk.value().id, emails); !added) {
        std::fprintf(stderr, "%s\n", qPrintable(added.refusal().message.left(300)));
        return 3;
    }
    // The signed-in administrator: a Basic Administrator of the account.
    User admin;
    admin.email = QStringLiteral("admin@big.example");
    auto adminUser = core.directory().addUser(system, accountId, admin);
    auto basic = core.roles().roleByName(system, accountId, QStringLiteral("Basic Administrator"));
    (void)core.roles().addMembers(system, basic.value().id, {admin.email});
    const Actor actor {adminUser.value().id, accountId, admin.email, false, QStringLiteral("127.0.0.1")};
    std::printf("Set-up: %d users, %d members in Help Desk Administrator, built in %.1f s\n", total, members,
                ms(timer) / 1000);

    const double rssBefore = residentMb();
    // (a) Main window to a usable tree, against raw SQL reading the same accounts and roles.
    QList<double> openTimes;
    QList<double> rawOpenTimes;
    for (int repeat = 0; repeat < 5; ++repeat) {
        timer.start();
        {
            MainWindow window(core, actor);
            window.show();
            QApplication::processEvents();
            if (window.treeView()->model()->rowCount() == 0) {
                return 3;
            }
            openTimes.append(ms(timer));
            if (repeat == 4) {
                window.selectRole(helpDesk.value().id);
                QApplication::processEvents();
                std::printf("Resident memory: %.0f MB before the window, %.0f MB with it open\n", rssBefore,
                            residentMb());
            }
        }
        timer.start();
        QSqlQuery raw(core.database().connection());
        raw.exec(QStringLiteral("SELECT id, code, name FROM accounts"));
        while (raw.next()) { }
        raw.exec(QStringLiteral("SELECT r.id, r.name, (SELECT count(*) FROM role_members m WHERE m.role_id = r.id), "
                                "p.area, p.verbs FROM roles r LEFT JOIN role_permissions p ON p.role_id = r.id"));
        while (raw.next()) { }
        rawOpenTimes.append(ms(timer));
    }
    std::printf("Open main window to a usable tree (median of 5): %.1f ms; raw SQL of the same reads %.2f ms\n",
                median(openTimes), median(rawOpenTimes));

    // (b) Typing a search to the picker's first page (without the debounce).
    DirectorySearchModel model(core, actor);
    QList<double> searchTimes;
    QList<double> rawTimes;
    QSqlQuery raw(core.database().connection());
    raw.prepare(QStringLiteral("SELECT u.id, u.email, u.display_name FROM users_fts f JOIN users u ON u.id = f.rowid "
                               "WHERE users_fts MATCH ? AND u.account_id = ? ORDER BY f.rowid LIMIT 51"));
    const QStringList typed = {QStringLiteral("o"),        QStringLiteral("ol"),     QStringLiteral("oli"),
                               QStringLiteral("oliv"),     QStringLiteral("s"),      QStringLiteral("sm"),
                               QStringLiteral("smi"),      QStringLiteral("tanaka"), QStringLiteral("ingrid.n"),
                               QStringLiteral("zofia kow")};
    for (int repeat = 0; repeat < 10; ++repeat) {
        for (const QString& text : typed) {
            timer.start();
            model.search(accountId, helpDesk.value().id, text);
            if (model.rowCount() == 0) {
                std::fprintf(stderr, "no results for %s\n", qPrintable(text));
                return 3;
            }
            searchTimes.append(ms(timer));
            timer.start();
            QStringList terms;
            for (const QString& word : text.split(QLatin1Char(' '))) {
                terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
            }
            raw.addBindValue(terms.join(QLatin1Char(' ')));
            raw.addBindValue(accountId);
            raw.exec();
            while (raw.next()) { }
            raw.finish();
            rawTimes.append(ms(timer));
        }
    }
    std::printf("Search to first page in the Add User model (median of %lld): %.2f ms, slowest %.2f ms; raw FTS5 "
                "query %.2f ms\n",
                static_cast<long long>(searchTimes.size()), median(searchTimes),
                *std::max_element(searchTimes.begin(), searchTimes.end()), median(rawTimes));
    return 0;
}
