#include "ChangeRequestsDialog.h"

#include "AccountContactsDialog.h"
#include "ChangeRequestsModel.h"
#include "CoreServices.h"
#include "MessageBoxes.h"
#include "NewChangeRequestDialog.h"
#include "admins/ConfirmIdentityDialog.h"
#include "admins/TemporaryPasswordDialog.h"
#include "ui_ChangeRequestsDialog.h"

#include <QHeaderView>
#include <QInputDialog>

namespace warden {

ChangeRequestsDialog::ChangeRequestsDialog(CoreServices& core, Actor actor, Account account, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeRequestsDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_account(std::move(account))
    , m_model(new ChangeRequestsModel(core, m_actor, m_account.id, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Change Requests — %1").arg(m_account.name));
    m_ui->introLabel->setText(tr("Protected-role changes in %1 wait here for approval by a different person who is "
                                 "an account contact of Director level or higher. Pending requests expire after %n "
                                 "day(s).",
                                 nullptr, ChangeRequestService::kExpiryDays)
                                  .arg(m_account.name));
    m_ui->requestsTableView->setModel(m_model);
    m_ui->requestsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->requestsTableView->horizontalHeader()->setSectionResizeMode(ChangeRequestsModel::ChangeColumn,
                                                                      QHeaderView::Stretch);
    m_ui->requestsTableView->verticalHeader()->hide();
    m_ui->requestsTableView->setWordWrap(false);
    m_ui->messageLabel->hide();
    if (!m_model->loadError().isEmpty()) {
        showMessage(m_model->loadError(), true);
    }
    connect(m_ui->newButton, &QPushButton::clicked, this, &ChangeRequestsDialog::newRequest);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ChangeRequestsDialog::approve);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &ChangeRequestsDialog::rejectRequest);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &ChangeRequestsDialog::withdraw);
    connect(m_ui->contactsButton, &QPushButton::clicked, this, [this] {
        AccountContactsDialog dialog(m_core, m_actor, m_account.id, this);
        dialog.exec();
        updateButtons();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->requestsTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChangeRequestsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChangeRequestsDialog::updateButtons);
    if (m_model->rowCount() > 0) {
        m_ui->requestsTableView->selectRow(0);
    }
    updateButtons();
}

ChangeRequestsDialog::~ChangeRequestsDialog() = default;

const ChangeRequest* ChangeRequestsDialog::current() const
{
    const QModelIndex index = m_ui->requestsTableView->currentIndex();
    return index.isValid() ? m_model->requestAt(index.row()) : nullptr;
}

void ChangeRequestsDialog::selectRequest(qint64 requestId)
{
    const int row = m_model->rowOf(requestId);
    if (row >= 0) {
        m_ui->requestsTableView->selectRow(row);
    }
}

void ChangeRequestsDialog::updateButtons()
{
    const Status canRequest = m_core.changeRequests().canRequest(m_actor, m_account.id);
    m_ui->newButton->setEnabled(canRequest.ok());
    m_ui->newButton->setToolTip(canRequest ? QString() : canRequest.refusal().message);
    const ChangeRequest* request = current();
    const Status none = Refusal {Refusal::Kind::BadInput, tr("Select a request first.")};
    const Status decide = request != nullptr ? m_core.changeRequests().canDecide(m_actor, *request) : none;
    for (QPushButton* button : {m_ui->approveButton, m_ui->rejectButton}) {
        button->setEnabled(decide.ok());
        button->setToolTip(decide ? QString() : decide.refusal().message);
    }
    const bool own = request != nullptr && request->requestedById == m_actor.userId
        && request->status == ChangeRequestStatus::Pending;
    m_ui->withdrawButton->setEnabled(own);
    m_ui->withdrawButton->setToolTip(own ? QString() : tr("Only the requester can withdraw a pending request."));
    if (request == nullptr) {
        m_ui->detailsLabel->setText(tr("No request selected."));
        return;
    }
    QString details = tr("<b>#%1 %2</b> — %3<br>Justification: %4")
                          .arg(request->id)
                          .arg(ChangeRequestsModel::describe(*request).toHtmlEscaped(),
                               changeRequestStatusDisplayName(request->status), request->justification.toHtmlEscaped());
    if (!request->decisionNote.isEmpty()) {
        details += tr("<br>Decision note: %1").arg(request->decisionNote.toHtmlEscaped());
    }
    m_ui->detailsLabel->setText(details);
}

void ChangeRequestsDialog::showMessage(const QString& text, bool problem)
{
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ChangeRequestsDialog::fileRequest(const ChangeRequestDraft& draft)
{
    NewChangeRequestDialog dialog(m_core, m_actor, m_account.id, this);
    dialog.prefill(draft);
    if (dialog.exec() == QDialog::Accepted && dialog.filed()) {
        selectRequest(dialog.filed()->id);
        showMessage(
            tr("Request #%1 was filed; it waits for a Director-level contact's approval.").arg(dialog.filed()->id),
            false);
    }
}

void ChangeRequestsDialog::newRequest()
{
    ChangeRequestDraft draft;
    draft.accountId = m_account.id;
    fileRequest(draft);
}

void ChangeRequestsDialog::approve()
{
    const ChangeRequest* request = current();
    if (request == nullptr) {
        return;
    }
    const qint64 id = request->id;
    std::optional<ApprovalOutcome> outcome;
    ConfirmIdentityDialog confirm(
        tr("Approving #%1 applies it at once: %2.\n\nConfirm with your password and a new one-time code.")
            .arg(id)
            .arg(ChangeRequestsModel::describe(*request)),
        tr("&Approve"),
        [this, id, &outcome](const QString& password, const QString& code) -> Status {
            auto approved = m_core.changeRequests().approve(m_actor, id, password, code);
            if (!approved) {
                return approved.refusal();
            }
            outcome = approved.value();
            return {};
        },
        this);
    if (confirm.exec() != QDialog::Accepted || !outcome) {
        updateButtons();
        return;
    }
    selectRequest(id);
    showMessage(tr("Request #%1 was approved and applied.").arg(id), false);
    if (!outcome->issued.temporaryPassword.isEmpty()) {
        TemporaryPasswordDialog(outcome->issued, this).exec();
    }
}

void ChangeRequestsDialog::rejectRequest()
{
    const ChangeRequest* request = current();
    if (request == nullptr) {
        return;
    }
    const qint64 id = request->id;
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("Reject Request"), tr("Why is #%1 rejected? The requester sees this.").arg(id),
                              QLineEdit::Normal, {}, &ok);
    if (!ok) {
        return;
    }
    const Status rejected = m_core.changeRequests().reject(m_actor, id, note);
    selectRequest(id);
    showMessage(rejected ? tr("Request #%1 was rejected.").arg(id) : rejected.refusal().message, !rejected);
}

void ChangeRequestsDialog::withdraw()
{
    const ChangeRequest* request = current();
    if (request == nullptr) {
        return;
    }
    const qint64 id = request->id;
    if (MessageBoxes::question(this, tr("Withdraw Request"), tr("Withdraw request #%1?").arg(id)) != QMessageBox::Yes) {
        return;
    }
    const Status withdrawn = m_core.changeRequests().cancel(m_actor, id);
    selectRequest(id);
    showMessage(withdrawn ? tr("Request #%1 was withdrawn.").arg(id) : withdrawn.refusal().message, !withdrawn);
}

} // namespace warden
