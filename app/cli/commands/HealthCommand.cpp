#include "HealthCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

namespace {

std::optional<bool> passFail(const std::optional<QString>& value)
{
    if (value == QLatin1String("pass")) {
        return true;
    }
    if (value == QLatin1String("fail")) {
        return false;
    }
    return std::nullopt;
}

QJsonObject checkJson(const HealthCheck& check)
{
    return QJsonObject {{QStringLiteral("rule"), check.key},
                        {QStringLiteral("title"), check.title},
                        {QStringLiteral("state"), healthStateKey(check.state)},
                        {QStringLiteral("detail"), check.detail},
                        {QStringLiteral("fix"), check.fix}};
}

} // namespace

QString HealthCommand::name() const
{
    return QStringLiteral("health");
}

QString HealthCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  health [--account C] | record-test --account C --admin EMAIL --login pass|fail --mfa pass|fail\n"
              "       --permissions pass|fail [--notes TEXT] | record-review --account C [--notes TEXT]");
}

QList<QCommandLineOption> HealthCommand::options() const
{
    return valueOptions({QStringLiteral("account"), QStringLiteral("notes"), QStringLiteral("admin"),
                         QStringLiteral("login"), QStringLiteral("mfa"), QStringLiteral("permissions")});
}

int HealthCommand::execute()
{
    return subcommand({{QStringLiteral("report"), [this] { return report(); }},
                       {QStringLiteral("record-test"), [this] { return record(QStringLiteral("record-test")); }},
                       {QStringLiteral("record-review"), [this] { return record(QStringLiteral("record-review")); }}},
                      tr("health needs report (the default), record-test or record-review."), QStringLiteral("report"));
}

int HealthCommand::record(const QString& what)
{
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    const QString notes = option(QStringLiteral("notes")).value_or(QString());
    Status recorded;
    if (what == QLatin1String("record-review")) {
        recorded = core().health().recordAccessReview(actor(), account.value().id, notes);
    } else {
        BackupAccessTest test;
        test.adminEmail = option(QStringLiteral("admin")).value_or(QString());
        const auto login = passFail(option(QStringLiteral("login")));
        const auto mfa = passFail(option(QStringLiteral("mfa")));
        const auto permissions = passFail(option(QStringLiteral("permissions")));
        if (test.adminEmail.isEmpty() || !login || !mfa || !permissions) {
            return usageError(tr("health record-test needs --account C --admin EMAIL --login pass|fail --mfa pass|fail "
                                 "--permissions pass|fail [--notes TEXT]."));
        }
        test.loginOk = *login;
        test.mfaOk = *mfa;
        test.permissionsOk = *permissions;
        test.notes = notes;
        recorded = core().health().recordAccessTest(actor(), account.value().id, test);
    }
    if (!recorded) {
        return fail(recorded.refusal());
    }
    print(QJsonObject {{QStringLiteral("account"), account.value().code}, {QStringLiteral("recorded"), what}},
          tr("Recorded for %1.").arg(account.value().code));
    return CliExit::Ok;
}

int HealthCommand::report()
{
    QList<Account> accounts;
    if (const auto code = option(QStringLiteral("account"))) {
        auto account = core().accounts().find(actor(), *code);
        if (!account) {
            return fail(account.refusal());
        }
        accounts.append(account.value());
    } else if (auto visible = core().accounts().visibleAccounts(actor())) {
        for (const Account& account : visible.value()) {
            if (core().health().canRead(actor(), account.id)) {
                accounts.append(account);
            }
        }
    }
    if (accounts.isEmpty()) {
        return fail(Refusal {Refusal::Kind::Denied, tr("You may not see the administrators' health of any account.")});
    }
    QJsonArray json;
    QStringList lines;
    bool failing = false;
    for (const Account& account : accounts) {
        auto report = core().health().report(actor(), account.id);
        if (!report) {
            return fail(report.refusal());
        }
        const AccountHealth& health = report.value();
        failing = failing || health.overall() == HealthState::Fail;
        QJsonArray checks;
        lines.append(QStringLiteral("%1 (%2): %3")
                         .arg(health.accountName, health.accountCode, healthStateKey(health.overall())));
        for (const HealthCheck& check : health.checks) {
            checks.append(checkJson(check));
            lines.append(QStringLiteral("  [%1] %2 — %3%4")
                             .arg(healthStateKey(check.state), check.title, check.detail,
                                  check.fix.isEmpty() ? QString() : QStringLiteral("\n         ") + check.fix));
        }
        lines.append(tr("  Failed sign-ins in the last 24 hours: %1").arg(health.failedSignIns));
        json.append(QJsonObject {{QStringLiteral("account"), health.accountCode},
                                 {QStringLiteral("state"), healthStateKey(health.overall())},
                                 {QStringLiteral("checks"), checks},
                                 {QStringLiteral("failedSignIns24h"), health.failedSignIns}});
    }
    print(json, lines.join(QLatin1Char('\n')));
    return failing ? CliExit::Unhealthy : CliExit::Ok;
}

} // namespace warden
