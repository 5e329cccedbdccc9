#include "RequestCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

namespace {

QJsonObject requestJson(const ChangeRequest& request)
{
    return QJsonObject {{QStringLiteral("id"), request.id},
                        {QStringLiteral("kind"), changeRequestKindKey(request.kind)},
                        {QStringLiteral("role"), request.roleName},
                        {QStringLiteral("user"), request.targetEmail},
                        {QStringLiteral("justification"), request.justification},
                        {QStringLiteral("status"), changeRequestStatusKey(request.status)},
                        {QStringLiteral("requestedBy"), request.requestedBy},
                        {QStringLiteral("requestedAt"), request.requestedAt},
                        {QStringLiteral("decidedBy"), request.decidedBy},
                        {QStringLiteral("decisionNote"), request.decisionNote}};
}

} // namespace

QString RequestCommand::name() const
{
    return QStringLiteral("request");
}

QString RequestCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  request list --account C | create --account C --kind K [--role R] [--user EMAIL] [--method M]\n"
              "       --justification TEXT | approve ID [--confirm-otp CODE] | reject ID --note TEXT | cancel ID");
}

QList<QCommandLineOption> RequestCommand::options() const
{
    return valueOptions({QStringLiteral("account"), QStringLiteral("kind"), QStringLiteral("role"),
                         QStringLiteral("user"), QStringLiteral("method"), QStringLiteral("justification"),
                         QStringLiteral("confirm-otp"), QStringLiteral("note")});
}

int RequestCommand::execute()
{
    ChangeRequestService& requests = core().changeRequests();
    const auto reject = [this, &requests](qint64 id) {
        const Status done = requests.reject(actor(), id, option(QStringLiteral("note")).value_or(QString()));
        return done ? CliExit::Ok : fail(done.refusal());
    };
    const auto cancel = [this, &requests](qint64 id) {
        const Status done = requests.cancel(actor(), id);
        return done ? CliExit::Ok : fail(done.refusal());
    };
    return subcommand(
        {{QStringLiteral("list"), [this] { return list(); }},
         {QStringLiteral("create"), [this] { return create(); }},
         {QStringLiteral("approve"), [this] { return withId([this](qint64 id) { return approve(id); }); }},
         {QStringLiteral("reject"), [=, this] { return withId(reject); }},
         {QStringLiteral("cancel"), [=, this] { return withId(cancel); }}},
        tr("request takes list, create, approve, reject or cancel."));
}

int RequestCommand::withId(const std::function<int(qint64)>& then)
{
    bool numeric = false;
    const qint64 id = takePositional().toLongLong(&numeric);
    return numeric ? then(id) : usageError(tr("Name the request by its number."));
}

int RequestCommand::list()
{
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    auto list = core().changeRequests().requests(actor(), account.value().id);
    if (!list) {
        return fail(list.refusal());
    }
    QJsonArray json;
    QStringList lines;
    for (const ChangeRequest& request : list.value()) {
        json.append(requestJson(request));
        lines.append(QStringLiteral("#%1  %2  %3  %4 %5  by %6")
                         .arg(request.id)
                         .arg(changeRequestStatusKey(request.status).leftJustified(9),
                              changeRequestKindKey(request.kind), request.roleName, request.targetEmail,
                              request.requestedBy));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int RequestCommand::create()
{
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    ChangeRequestDraft draft;
    draft.accountId = account.value().id;
    const auto kind = changeRequestKindFromKey(option(QStringLiteral("kind")).value_or(QString()));
    if (!kind) {
        return usageError(tr("--kind is add_member, remove_member, reset_password, content_view_on or "
                             "content_view_off."));
    }
    draft.kind = *kind;
    if (const auto roleName = option(QStringLiteral("role"))) {
        auto role = core().roles().roleByName(actor(), draft.accountId, *roleName);
        if (!role) {
            return fail(role.refusal());
        }
        draft.roleId = role.value().id;
    }
    draft.targetEmail = option(QStringLiteral("user")).value_or(QString());
    draft.authMethod = option(QStringLiteral("method")).value_or(QStringLiteral("local_password"));
    draft.justification = option(QStringLiteral("justification")).value_or(QString());
    auto created = core().changeRequests().create(actor(), draft);
    if (!created) {
        return fail(created.refusal());
    }
    print(requestJson(created.value()),
          tr("Filed request #%1; an account contact of Director level or higher must approve it within %n "
             "day(s).",
             nullptr, ChangeRequestService::kExpiryDays)
              .arg(created.value().id));
    return CliExit::Ok;
}

int RequestCommand::approve(qint64 id)
{
    auto [password, code] = confirmation();
    auto approved = core().changeRequests().approve(actor(), id, password, code);
    password.fill(QLatin1Char('\0'));
    if (!approved) {
        return fail(approved.refusal());
    }
    return printIssued(approved.value().issued, tr("Approved and applied request #%1.").arg(id));
}

} // namespace warden
