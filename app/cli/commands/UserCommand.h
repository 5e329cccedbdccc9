#pragma once

#include "CliCommand.h"

#include <QJsonObject>

namespace warden {

/// `wardenctl user`: the directory — list and search, show, add, disable and enable, change the address or UPN.
class UserCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    /// A directory user as the JSON output shows it (also in `role members`).
    static QJsonObject json(const User& user);

protected:
    int execute() override;

private:
    int list();
    int show();
    int add();
    int setDisabled(bool disabled);
    int setAddress();
    int setUpn();
};

} // namespace warden
