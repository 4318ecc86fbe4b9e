# entry: lambda_handler
# A typed AWS Lambda handler with `from __future__ import annotations`:
# no annotation is evaluated, so forward references to unknown names are fine.
from __future__ import annotations

from typing import Any, Dict


def parse(body: str | None) -> Config:
    if body is None:
        return {}
    return {"body": body}


def lambda_handler(event: Dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    status: int = 200
    cfg: Config = parse(event.get("body"))
    if not cfg:
        status = 400
    return {"statusCode": status, "body": cfg}
