/** Takes no data: any field is refused. */
export class TakeCaseInChargeDto {}
