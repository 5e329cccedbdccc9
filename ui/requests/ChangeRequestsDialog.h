#pragma once

#include "authorization/Actor.h"
#include "domain/Account.h"
#include "domain/ChangeRequest.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ChangeRequestsDialog;
}

namespace warden {

class ChangeRequestsModel;
class CoreServices;

/// The Requests view of one account: protected-role change requests with their status, the
/// justification of the selected one, and New / Approve / Reject / Withdraw. Each button is
/// enabled from the core's answer (with its reason as the tooltip); approving asks for the
/// approver's password and a one-time code and applies the change.
class ChangeRequestsDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeRequestsDialog(CoreServices& core, Actor actor, Account account, QWidget* parent = nullptr);
    ~ChangeRequestsDialog() override;

    [[nodiscard]] ChangeRequestsModel* model() const { return m_model; }
    /// Opens New Request pre-filled (from the roles console or Admin Management).
    void fileRequest(const ChangeRequestDraft& draft);
    void selectRequest(qint64 requestId);

private:
    void newRequest();
    void approve();
    void rejectRequest();
    void withdraw();
    void updateButtons();
    void showMessage(const QString& text, bool problem);
    [[nodiscard]] const ChangeRequest* current() const;

    const std::unique_ptr<Ui::ChangeRequestsDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    Account m_account;
    ChangeRequestsModel* m_model;
};

} // namespace warden
