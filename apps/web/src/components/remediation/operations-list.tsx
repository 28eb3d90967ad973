import type { Operation } from "@trustwatch/core";

function describeOperation(op: Operation): string {
  switch (op.op) {
    case "UpdateAssumeRolePolicy":
      return `role ${op.roleName}`;
    case "UpdateOpenIDConnectProviderThumbprint":
      return op.thumbprints.join(", ");
    case "AddClientIDToOpenIDConnectProvider":
    case "RemoveClientIDFromOpenIDConnectProvider":
      return op.clientId;
    case "CreateOpenIDConnectProvider":
      return op.url;
    case "DeleteOpenIDConnectProvider":
      return op.arn;
  }
}

/** The IAM calls the worker will make with the remediation role, in order. */
export function OperationsList({ operations }: { operations: Operation[] }) {
  return (
    <ol className="space-y-1 text-xs">
      {operations.map((op) => (
        <li key={JSON.stringify(op)} className="break-all">
          <span className="font-mono font-medium text-slate-800">iam:{op.op}</span>{" "}
          <span className="text-slate-500">{describeOperation(op)}</span>
        </li>
      ))}
    </ol>
  );
}
