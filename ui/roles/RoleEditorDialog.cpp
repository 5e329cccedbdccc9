#include "RoleEditorDialog.h"

#include "ColumnsFit.h"
#include "CoreServices.h"
#include "PermissionMatrixModel.h"
#include "ui_RoleEditorDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace warden {

RoleEditorDialog::RoleEditorDialog(CoreServices& core, Actor actor, Role role, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RoleEditorDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_role(std::move(role))
    , m_matrix(new PermissionMatrixModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(m_role.id == 0 ? tr("New Role") : tr("Edit Role — %1").arg(m_role.name));
    m_ui->nameLineEdit->setText(m_role.name);
    m_ui->descriptionPlainTextEdit->setPlainText(m_role.description);
    m_matrix->setPermissions(m_role.permissions);
    m_ui->matrixTableView->setModel(m_matrix);
    m_ui->mainLayout->setStretchFactor(m_ui->matrixTableView, 1);
    m_ui->matrixTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->matrixTableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ColumnsFit::apply(m_ui->matrixTableView);
    for (const auto& [box, flag] : protectedBoxes()) {
        box->setChecked(m_role.permissions.hasProtected(flag));
        connect(box, &QCheckBox::toggled, this, &RoleEditorDialog::revalidate);
    }
    for (const auto level :
         {ManagementLevel::None, ManagementLevel::ManageApplicationRoles, ManagementLevel::ProtectedRoles}) {
        m_ui->levelComboBox->addItem(managementLevelDisplayName(level), static_cast<int>(level));
    }
    m_ui->levelComboBox->setCurrentIndex(static_cast<int>(m_role.permissions.managementLevel()));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));

    // Built-in roles open read-only: the core says why, and the form shows it.
    const bool readOnly = m_role.isBuiltIn();
    m_matrix->setEditable(!readOnly);
    m_ui->nameLineEdit->setReadOnly(readOnly);
    m_ui->descriptionPlainTextEdit->setReadOnly(readOnly);
    m_ui->protectedGroupBox->setEnabled(!readOnly);
    m_ui->levelComboBox->setEnabled(!readOnly);

    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &RoleEditorDialog::revalidate);
    connect(m_matrix, &PermissionMatrixModel::permissionsEdited, this, &RoleEditorDialog::revalidate);
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, &RoleEditorDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RoleEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

RoleEditorDialog::~RoleEditorDialog() = default;

QList<QPair<QCheckBox*, ProtectedPermission>> RoleEditorDialog::protectedBoxes() const
{
    return {{m_ui->contentViewCheckBox, ContentView},
            {m_ui->messageExportCheckBox, MessageExport},
            {m_ui->retentionAdjustCheckBox, RetentionAdjust},
            {m_ui->smartTagAssignCheckBox, SmartTagAssign},
            {m_ui->delegateMailboxCheckBox, DelegateMailbox}};
}

Role RoleEditorDialog::proposedRole() const
{
    Role proposed = m_role;
    proposed.name = m_ui->nameLineEdit->text().simplified();
    proposed.description = m_ui->descriptionPlainTextEdit->toPlainText().trimmed();
    PermissionSet permissions = m_matrix->permissions();
    ProtectedPermissions flags = NoProtected;
    for (const auto& [box, flag] : protectedBoxes()) {
        if (box->isChecked()) {
            flags |= flag;
        }
    }
    permissions.setProtectedPermissions(flags);
    permissions.setManagementLevel(static_cast<ManagementLevel>(m_ui->levelComboBox->currentData().toInt()));
    proposed.permissions = permissions;
    return proposed;
}

void RoleEditorDialog::revalidate()
{
    const Status allowed = m_core.roles().canSave(m_actor, proposedRole());
    m_ui->refusalLabel->setText(allowed ? QString() : allowed.refusal().message);
    m_ui->refusalLabel->setVisible(!allowed);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(allowed.ok());
}

void RoleEditorDialog::save()
{
    const Role proposed = proposedRole();
    auto saved = proposed.id == 0
        ? m_core.roles().createRole(m_actor, proposed.accountId, proposed.name, proposed.description,
                                    proposed.permissions)
        // The version the dialog opened with: a colleague's save since then is not overwritten.
        : m_core.roles().updateRole(m_actor, proposed.id, proposed.name, proposed.description, proposed.permissions,
                                    proposed.version);
    if (!saved) {
        m_ui->refusalLabel->setText(saved.refusal().message);
        m_ui->refusalLabel->show();
        return;
    }
    m_saved = saved.value();
    accept();
}

} // namespace warden
