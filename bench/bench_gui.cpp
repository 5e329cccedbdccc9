// bench_gui: the console at scale. Builds a 1,000,000-user directory with 20,000 members in one
// role, then times (a) opening the main window to a usable tree, (b) typing a search in the
// Add User to Role picker to its first page, each against raw SQL doing the same reads on the
// same database in the same run, and reports resident memory after opening. With ACCOUNTS, also
// (c) a partner administrator delegated by that many customer accounts: sign-in to a usable main
// window, opening Apply External Admin to Accounts, and applying one person to every account with
// the main window open.
//   QT_QPA_PLATFORM=offscreen scripts/with-test-services.sh build/bench/bench_gui [USERS] [ACCOUNTS]
#include "AccountRoleTreeModel.h"
#include "CoreServices.h"
#include "DemoSeeder.h"
#include "DirectorySearchModel.h"
#include "Logging.h"
#include "MainWindow.h"
#include "accounts/ApplyExternalAdminDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
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

/// (c) A partner administrator delegated by `customers` accounts.
int benchPartner(CoreServices& core, int customers)
{
    const Actor system = Actor::system();
    auto home = core.accounts().create(system, QStringLiteral("MSP"), QStringLiteral("Partner"), AccountKind::Standard);
    if (!home || !core.accounts().addDomain(system, home.value().id, QStringLiteral("msp.example"))) {
        return 3;
    }
    QList<User> staff;
    for (const QString& local : {QStringLiteral("paula"), QStringLiteral("pia")}) {
        User user;
        user.email = local + QStringLiteral("@msp.example");
        user.displayName = local;
        staff.append(user);
    }
    if (!core.directory().addUsers(system, home.value().id, staff)) {
        return 3;
    }
    auto partner = core.partners().createPartner(system, QStringLiteral("MSP"), QStringLiteral("MSP"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < customers; ++i) {
        const QString code = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
        auto account = core.accounts().create(system, code, QStringLiteral("Customer ") + code, AccountKind::Standard);
        if (!account || !core.partners().delegate(system, account.value().id, partner.value().id)
            || !core.partners().addExternalAdmin(system, account.value().id, QStringLiteral("paula@msp.example"),
                                                 QStringLiteral("Partner Administrator"))) {
            return 3;
        }
    }
    auto paulaUser = core.directory().find(system, QStringLiteral("paula@msp.example"));
    const Actor paula {paulaUser.value().id, home.value().id, paulaUser.value().email, false,
                       QStringLiteral("127.0.0.1")};
    std::printf("Partner set-up: %d delegating accounts, built in %.1f s\n", customers, ms(timer) / 1000);

    QList<double> openTimes;
    QList<double> dialogTimes;
    QList<double> rawTimes;
    for (int repeat = 0; repeat < 3; ++repeat) {
        core.authorizer().forget();
        timer.start();
        MainWindow window(core, paula);
        window.show();
        QApplication::processEvents();
        if (window.treeView()->model()->rowCount() < customers) {
            std::fprintf(stderr, "the partner sees %d accounts\n", window.treeView()->model()->rowCount());
            return 3;
        }
        openTimes.append(ms(timer));
        core.authorizer().forget();
        timer.start();
        {
            ApplyExternalAdminDialog dialog(core, paula, &window);
            dialog.show();
            QApplication::processEvents();
            dialogTimes.append(ms(timer));
        }
        timer.start();
        QSqlQuery raw(core.database().connection());
        raw.exec(QStringLiteral("SELECT id, code, name, parent_id FROM accounts"));
        while (raw.next()) { }
        raw.exec(
            QStringLiteral("SELECT r.id, r.account_id, r.name, p.area, p.verbs FROM role_members m JOIN roles r ON "
                           "r.id = m.role_id LEFT JOIN role_permissions p ON p.role_id = r.id WHERE m.user_id = "
                           "%1")
                .arg(paula.userId));
        while (raw.next()) { }
        rawTimes.append(ms(timer));
    }
    std::printf("Partner at %d accounts (median of 3): sign-in to a usable main window %.1f ms; Apply External Admin "
                "dialog open %.1f ms; raw SQL of the partner's accounts and roles %.2f ms\n",
                customers, median(openTimes), median(dialogTimes), median(rawTimes));

    // Through the dialog, as a partner does it: every account ticked, Apply, a progress dialog.
    MainWindow window(core, paula);
    window.show();
    QApplication::processEvents();
    ApplyExternalAdminDialog dialog(core, paula, &window);
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(QStringLiteral("pia@msp.example"));
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("roleComboBox"));
    role->setCurrentIndex(role->findText(QStringLiteral("Basic Administrator")));
    dialog.findChild<QPushButton*>(QStringLiteral("selectAllButton"))->click();
    QApplication::processEvents();
    timer.start();
    dialog.findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
    QApplication::processEvents();
    const double applyMs = ms(timer);
    int applied = 0;
    auto* results = dialog.findChild<QTreeWidget*>(QStringLiteral("resultsTreeWidget"));
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        applied += results->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("added") ? 1 : 0;
    }
    std::printf("Apply one person to all %d accounts from the console (progress dialog, window open): %.2f s "
                "(%d applied)\n",
                customers, applyMs / 1000, applied);
    return applied == customers ? 0 : 3;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Logging::initialize(QString(), QStringLiteral("warn"));
    const int total = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1'000'000;
    const int customers = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 0;
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
    // The same search by hand: an address prefix (key range) or a run of name words (FTS5 phrase).
    raw.prepare(QStringLiteral("SELECT u.id, u.email, u.display_name FROM users u WHERE u.account_id = ? AND u.id IN "
                               "(SELECT id FROM users WHERE email_key >= ? AND email_key < ? UNION SELECT rowid FROM "
                               "users_fts WHERE users_fts MATCH ?) ORDER BY u.id LIMIT 51"));
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
            raw.addBindValue(accountId);
            raw.addBindValue(text);
            raw.addBindValue(QString(text + QChar(0xFFFF)));
            raw.addBindValue(QStringLiteral("name_key : \"%1\"*").arg(text));
            raw.exec();
            while (raw.next()) { }
            raw.finish();
            rawTimes.append(ms(timer));
        }
    }
    std::printf("Search to first page in the Add User model (median of %lld): %.2f ms, slowest %.2f ms; raw "
                "query %.2f ms\n",
                static_cast<long long>(searchTimes.size()), median(searchTimes),
                *std::max_element(searchTimes.begin(), searchTimes.end()), median(rawTimes));
    return customers > 0 ? benchPartner(core, customers) : 0;
}
